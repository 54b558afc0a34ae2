package dev.empathy.examples.spark;

import dev.empathy.draft.DraftCheck;
import dev.empathy.draft.Finding;
import dev.empathy.emotion.EmotionReading;
import dev.empathy.emotion.Signal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The empathy SQL functions. After {@link #register(SparkSession)} they are usable from SQL, Scala, Java and
 * PySpark ({@code spark.sql("SELECT empathy_classify(text) ...")}, {@code expr("empathy_check(reply, ask)")}):
 *
 * <pre>
 * empathy_classify(text)           -> struct&lt;emotion, intensity, confidence, situation, situation_confidence, signals&gt;
 * empathy_check(draft, customer)   -> struct&lt;score, empathy, politeness, findings: array&lt;struct&lt;rule, category,
 *                                     severity, start, end&gt;&gt;&gt;   (customer may be null)
 * </pre>
 *
 * A null text or draft gives a null result, never a failed task. Offsets are UTF-16 indexes into the text.
 * Results never contain the text itself, so a result table is safe to share with people who may not read
 * the tickets. The engines are built once per executor JVM ({@link Engines}).
 */
public final class EmpathyFunctions {

    /** The name of the classify function. */
    public static final String CLASSIFY = "empathy_classify";
    /** The name of the draft-check function. */
    public static final String CHECK = "empathy_check";

    /** The struct {@code empathy_classify} returns. */
    public static final StructType READING = new StructType()
            .add("emotion", DataTypes.StringType, false)
            .add("intensity", DataTypes.DoubleType, false)
            .add("confidence", DataTypes.DoubleType, false)
            .add("situation", DataTypes.StringType, false)
            .add("situation_confidence", DataTypes.DoubleType, false)
            .add("signals", DataTypes.createArrayType(DataTypes.StringType, false), false);

    /** One finding of {@code empathy_check}. */
    public static final StructType FINDING = new StructType()
            .add("rule", DataTypes.StringType, false)
            .add("category", DataTypes.StringType, false)
            .add("severity", DataTypes.StringType, false)
            .add("start", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false);

    /** The struct {@code empathy_check} returns. */
    public static final StructType CHECK_RESULT = new StructType()
            .add("score", DataTypes.IntegerType, false)
            .add("empathy", DataTypes.DoubleType, false)
            .add("politeness", DataTypes.DoubleType, false)
            .add("findings", DataTypes.createArrayType(FINDING, false), false);

    private EmpathyFunctions() {
    }

    /** Registers both functions in {@code spark}'s session; registering again replaces them. */
    public static void register(SparkSession spark) {
        spark.udf().register(CLASSIFY, (UDF1<String, Row>) EmpathyFunctions::classify, READING);
        spark.udf().register(CHECK, (UDF2<String, String, Row>) EmpathyFunctions::check, CHECK_RESULT);
    }

    /** The {@link #READING} row of {@code text}, or null for a null text. */
    static Row classify(String text) {
        if (text == null) {
            return null;
        }
        EmotionReading reading = Engines.classifier().classify(text);
        Set<String> signals = new LinkedHashSet<>();
        for (Signal signal : reading.signals()) {
            signals.add(signal.type().id());
        }
        return RowFactory.create(reading.emotion().id(), reading.intensity(), reading.confidence(),
                reading.situation().situation().id(), reading.situation().confidence(), List.copyOf(signals).toArray(String[]::new));
    }

    /** The {@link #CHECK_RESULT} row of {@code draft} answering {@code customer} (may be null), or null for a null draft. */
    static Row check(String draft, String customer) {
        if (draft == null) {
            return null;
        }
        DraftCheck check = customer == null ? Engines.checker().check(draft) : Engines.checker().check(draft, customer);
        List<Row> findings = new ArrayList<>(check.findings().size());
        for (Finding finding : check.findings()) {
            findings.add(RowFactory.create(finding.ruleId(), finding.category().id(), finding.severity().id(),
                    finding.start(), finding.end()));
        }
        return RowFactory.create(check.score(), Engines.empathy(check), Engines.politeness(check), findings.toArray(Row[]::new));
    }
}
