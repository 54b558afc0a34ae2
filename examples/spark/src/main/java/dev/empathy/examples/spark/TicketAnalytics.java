package dev.empathy.examples.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The ticket-analytics job: reads tickets ({@link Tickets}), reads each customer message and checks each
 * agent reply against the message it answers ({@link WeeklyFigures}), and writes per brand and week the share
 * of angry and frustrated customers, the mean empathy and politeness of replies, the share of replies with
 * dismissive findings and the most frequent rules, and the customers still frustrated at the end.
 *
 * <pre>
 * spark-submit --class dev.empathy.examples.spark.TicketAnalytics empathy-spark.jar \
 *     --in tickets.csv --out report/ [--input-format csv|jsonl|parquet] [--output-format parquet|csv]
 * </pre>
 *
 * Writes {@code OUT/weekly} (Parquet or CSV), {@code OUT/rejects} (reason, rows) and {@code OUT/report.html}.
 * Bad rows never fail the job: they are counted by reason. Without a master set (plain {@code java -jar}) it
 * runs in local mode on every core.
 */
public final class TicketAnalytics {

    /** What one run did. */
    public record Summary(long rows, long used, Map<String, Long> rejects, long weeks) {
    }

    private TicketAnalytics() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        SparkSession.Builder builder = SparkSession.builder().appName("empathy ticket analytics");
        if (System.getProperty("spark.master") == null) {
            // local mode on this machine's cores, bound to loopback only
            builder.master("local[*]").config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            Summary summary = run(spark, options.get("--in"), options.get("--input-format"), Path.of(options.get("--out")),
                    options.getOrDefault("--output-format", "parquet"));
            System.out.println("rows " + summary.rows() + ", used " + summary.used() + ", rejected " + summary.rejects()
                    + ", brand-weeks " + summary.weeks() + "; wrote " + options.get("--out"));
        } finally {
            spark.stop();
        }
    }

    /** Runs the job on {@code in} and writes {@code out}; {@code inputFormat} null guesses it from the path. */
    public static Summary run(SparkSession spark, String in, String inputFormat, Path out, String outputFormat) throws IOException {
        String format = outputFormat.toLowerCase(Locale.ROOT);
        if (!format.equals("parquet") && !format.equals("csv")) {
            throw new IllegalArgumentException("--output-format must be parquet or csv, got '" + outputFormat + "'");
        }
        EmpathyFunctions.register(spark);
        Dataset<Row> rows = Tickets.normalise(Tickets.read(spark, in, inputFormat)).cache();
        long total = rows.count();
        Map<String, Long> rejects = new LinkedHashMap<>();
        for (Row r : rows.filter(col("reject").isNotNull()).groupBy("reject").count().orderBy(col("count").desc()).collectAsList()) {
            rejects.put(r.getString(0), r.getLong(1));
        }
        Dataset<Row> usable = rows.filter(col("reject").isNull()).drop("reject");
        Dataset<Row> weekly = WeeklyFigures.weekly(WeeklyFigures.readCustomers(usable), WeeklyFigures.checkReplies(usable)).cache();

        Files.createDirectories(out);
        var writer = weekly.coalesce(1).write().mode(SaveMode.Overwrite);
        if (format.equals("csv")) {
            writer.option("header", "true").csv(out.resolve("weekly").toString());
        } else {
            writer.parquet(out.resolve("weekly").toString());
        }
        List<Row> rejectRows = new ArrayList<>();
        rejects.forEach((reason, n) -> rejectRows.add(org.apache.spark.sql.RowFactory.create(reason, n)));
        spark.createDataFrame(rejectRows, new org.apache.spark.sql.types.StructType()
                        .add("reason", "string").add("rows", "long"))
                .coalesce(1).write().mode(SaveMode.Overwrite).option("header", "true").csv(out.resolve("rejects").toString());

        List<HtmlReport.Week> weeks = new ArrayList<>();
        for (Row r : weekly.collectAsList()) {
            weeks.add(new HtmlReport.Week(r.getString(0), String.valueOf(r.get(1)), r.getLong(2), doubleOr(r, 3), r.getLong(4),
                    doubleOr(r, 5), doubleOr(r, 6), doubleOr(r, 7), doubleOr(r, 8), r.getString(9), r.getLong(10)));
        }
        Files.writeString(out.resolve("report.html"), HtmlReport.render(weeks, rejects, total), StandardCharsets.UTF_8);
        long rejected = rejects.values().stream().mapToLong(Long::longValue).sum();
        rows.unpersist();
        weekly.unpersist();
        return new Summary(total, total - rejected, Map.copyOf(rejects), weeks.size());
    }

    private static double doubleOr(Row row, int i) {
        return row.isNullAt(i) ? Double.NaN : ((Number) row.get(i)).doubleValue();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> known = List.of("--in", "--out", "--input-format", "--output-format");
        for (int i = 0; i < args.length; i++) {
            if (!known.contains(args[i]) || i + 1 >= args.length) {
                usage("unknown option or missing value: " + args[i]);
            }
            options.put(args[i], args[++i]);
        }
        if (!options.containsKey("--in") || !options.containsKey("--out")) {
            usage("--in and --out are required");
        }
        return options;
    }

    private static void usage(String problem) {
        System.err.println("empathy-spark: " + problem);
        System.err.println("usage: TicketAnalytics --in FILE|DIR --out DIR [--input-format csv|jsonl|parquet] [--output-format parquet|csv]");
        System.exit(2);
    }
}
