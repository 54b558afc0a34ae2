package dev.empathy.examples.spark;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * Reading tickets in the layout of the Customer Support on Twitter corpus (TWCS): one row per message with
 * {@code tweet_id, author_id, inbound, created_at, text, response_tweet_id, in_response_to_tweet_id}, from
 * CSV (with a header line; quoted fields may span lines), JSON Lines or Parquet.
 *
 * <p>{@link #normalise} never fails on bad rows: every row gets a {@code reject} reason (null when the row
 * is usable), so the job counts what it could not use instead of dying on it. A column missing from the
 * input is a reject reason of every row ({@code "missing column: text"}). Stateless.
 */
final class Tickets {

    /** The columns of the TWCS layout. */
    static final List<String> COLUMNS = List.of("tweet_id", "author_id", "inbound", "created_at", "text",
            "response_tweet_id", "in_response_to_tweet_id");
    /** The columns without which a row cannot be used. */
    static final List<String> REQUIRED = List.of("tweet_id", "author_id", "inbound", "created_at", "text");

    private Tickets() {
    }

    /** The input format: {@code csv}, {@code jsonl} or {@code parquet}; guessed from the path when null. */
    static String format(String path, String format) {
        if (format != null) {
            String f = format.toLowerCase(Locale.ROOT);
            if (!List.of("csv", "jsonl", "parquet").contains(f)) {
                throw new IllegalArgumentException("--input-format must be csv, jsonl or parquet, got '" + format + "'");
            }
            return f;
        }
        String p = path.toLowerCase(Locale.ROOT);
        if (p.endsWith(".parquet")) {
            return "parquet";
        }
        if (p.endsWith(".jsonl") || p.endsWith(".json")) {
            return "jsonl";
        }
        return "csv";
    }

    /** The raw rows of {@code path}; every value is read as it is (CSV values as strings). */
    static Dataset<Row> read(SparkSession spark, String path, String format) {
        return switch (format(path, format)) {
            case "parquet" -> spark.read().parquet(path);
            case "jsonl" -> spark.read().option("mode", "PERMISSIVE").json(path);
            default -> spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
                    .option("mode", "PERMISSIVE").csv(path);
        };
    }

    /**
     * The rows with the TWCS columns typed ({@code inbound} boolean, {@code created_at} timestamp, ids and text
     * strings; absent columns null) and a {@code reject} column: null for a usable row, else the first reason
     * it cannot be used. TWCS times ({@code "Tue Oct 31 22:10:47 +0000 2017"}) and ISO-8601 times are read.
     */
    static Dataset<Row> normalise(Dataset<Row> raw) {
        List<String> present = Arrays.asList(raw.columns());
        List<String> missing = new ArrayList<>();
        Dataset<Row> rows = raw;
        for (String column : COLUMNS) {
            if (!present.contains(column)) {
                rows = rows.withColumn(column, lit(null).cast(DataTypes.StringType));
                if (REQUIRED.contains(column)) {
                    missing.add(column);
                }
            }
        }
        Column inboundText = lower(trim(col("inbound").cast(DataTypes.StringType)));
        Column inbound = when(inboundText.isin("true", "1", "yes"), lit(true))
                .when(inboundText.isin("false", "0", "no"), lit(false));
        Column createdText = trim(col("created_at").cast(DataTypes.StringType));
        // Spark's parser does not read day names ("Tue "): the TWCS form is parsed from the month on.
        // try_to_timestamp: a malformed time is null (a counted reject), never a failed task under ANSI mode.
        Column created = coalesce(call_function("try_to_timestamp", createdText),
                call_function("try_to_timestamp", substring(createdText, 5, 100), lit("MMM dd HH:mm:ss Z yyyy")));
        rows = rows.select(
                col("tweet_id").cast(DataTypes.StringType).as("tweet_id"),
                col("author_id").cast(DataTypes.StringType).as("author_id"),
                inbound.as("inbound"),
                created.as("created_at"),
                col("text").cast(DataTypes.StringType).as("text"),
                col("response_tweet_id").cast(DataTypes.StringType).as("response_tweet_id"),
                col("in_response_to_tweet_id").cast(DataTypes.StringType).as("in_response_to_tweet_id"));
        Column reject;
        if (!missing.isEmpty()) {
            reject = lit("missing column: " + String.join(", ", missing));
        } else {
            reject = when(col("tweet_id").isNull().or(length(trim(col("tweet_id"))).equalTo(0)), lit("no tweet_id"))
                    .when(col("author_id").isNull(), lit("no author_id"))
                    .when(col("inbound").isNull(), lit("inbound is not true or false"))
                    .when(col("created_at").isNull(), lit("created_at is not a time"))
                    .when(col("text").isNull().or(length(trim(col("text"))).equalTo(0)), lit("empty text"));
        }
        return rows.withColumn("reject", reject);
    }
}
