package dev.empathy.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class EmpathyFunctionsTest {

    private final SparkSession spark = LocalSpark.session();

    @Test
    void classifyReturnsTheReadingAsAStructUsableFromSql() {
        Row row = spark.sql("SELECT empathy_classify('This is the third time I am asking and I am furious!') AS r")
                .selectExpr("r.emotion", "r.intensity", "r.confidence", "r.situation", "r.signals").first();
        assertThat(row.getString(0)).isIn("anger", "frustration");
        assertThat(row.getDouble(1)).isBetween(0.0, 1.0).isPositive();
        assertThat(row.getDouble(2)).isBetween(0.0, 1.0);
        assertThat(row.getString(3)).isNotBlank();
        assertThat(row.<String>getList(4)).contains("repeated-contact");
    }

    @Test
    void checkReturnsScoreScoresAndFindingsWithOffsets() {
        Row row = spark.sql("SELECT empathy_check('Please calm down, that is our policy.', 'I am furious, you charged me twice!') AS c")
                .selectExpr("c.score", "c.empathy", "c.politeness", "c.findings").first();
        assertThat(row.getInt(0)).isBetween(0, 100);
        assertThat(row.getDouble(1)).isBetween(0.0, 1.0);
        assertThat(row.getDouble(2)).isBetween(0.0, 1.0);
        List<Row> findings = row.getList(3);
        assertThat(findings).isNotEmpty();
        Row first = findings.get(0);
        assertThat(first.getString(first.fieldIndex("rule"))).isNotBlank();
        int start = first.getInt(first.fieldIndex("start"));
        int end = first.getInt(first.fieldIndex("end"));
        assertThat("Please calm down, that is our policy.".substring(start, end)).isNotBlank();
    }

    @Test
    void nullAndEmptyTextsGiveNullOrNeutralNeverAFailedQuery() {
        List<Row> rows = spark.sql("SELECT empathy_classify(t) AS r, empathy_check(t, NULL) AS c FROM VALUES (NULL), (''), ('   ') AS v(t)")
                .collectAsList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).isNullAt(0)).isTrue();
        assertThat(rows.get(0).isNullAt(1)).isTrue();
        assertThat(rows.get(1).getStruct(0).getString(0)).isEqualTo("neutral");
        assertThat(rows.get(2).getStruct(1).<Row>getList(3)).isEmpty();
    }

    @Test
    void manyRowsOverBothPartitionsGiveTheSameReadingsAsTheLibraryInProcess() {
        List<String> texts = List.of("Thanks so much, that fixed it!", "Where is my parcel? It is a week late.",
                "I was charged twice and nobody answers.", "ok");
        var frame = spark.createDataset(texts, org.apache.spark.sql.Encoders.STRING()).toDF("t").repartition(2);
        List<Row> rows = frame.selectExpr("t", "empathy_classify(t).emotion AS e").collectAsList();
        assertThat(rows).hasSize(texts.size());
        for (Row row : rows) {
            assertThat(row.getString(1)).isEqualTo(Engines.classifier().classify(row.getString(0)).emotion().id());
        }
    }
}
