package dev.empathy.examples.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The ticket-analytics pipeline over usable rows of {@link Tickets#normalise}, as three stages:
 * {@link #readCustomers} (each customer message read with {@code empathy_classify}), {@link #checkReplies}
 * (each agent reply checked with {@code empathy_check} against the customer message it answers), and
 * {@link #weekly} (per brand and week). The functions must be registered ({@link EmpathyFunctions#register}).
 *
 * <p>Definitions: a reply's brand is its author; a customer message's brand is the author of a reply to it,
 * else of the message it answers, else {@code "unknown"}. A week starts on Monday (Spark's
 * {@code date_trunc('week')}), in the session time zone. A customer is "still frustrated at the end" when
 * their last message to a brand in the data reads as anger or frustration; it counts in the week of that
 * message.
 */
final class WeeklyFigures {

    private WeeklyFigures() {
    }

    /** Customer messages with {@code reading} (the classify struct) and {@code brand}. */
    static Dataset<Row> readCustomers(Dataset<Row> usable) {
        Dataset<Row> customers = usable.filter(col("inbound"));
        Dataset<Row> agents = usable.filter(col("inbound").equalTo(false));
        // The brand that answered (or was answered by) each customer message.
        Dataset<Row> answeredBy = agents.select(col("in_response_to_tweet_id").as("cid"), col("author_id").as("answer_brand"))
                .filter(col("cid").isNotNull()).groupBy("cid").agg(expr("min(answer_brand)").as("answer_brand"));
        Dataset<Row> addressed = agents.select(col("tweet_id").as("aid"), col("author_id").as("addressed_brand"));
        return customers
                .join(answeredBy, customers.col("tweet_id").equalTo(answeredBy.col("cid")), "left")
                .join(addressed, customers.col("in_response_to_tweet_id").equalTo(addressed.col("aid")), "left")
                .withColumn("brand", coalesce(col("answer_brand"), col("addressed_brand"), lit("unknown")))
                .withColumn("reading", expr(EmpathyFunctions.CLASSIFY + "(text)"))
                .select(col("tweet_id"), col("author_id"), col("created_at"), col("brand"), col("reading"));
    }

    /** Agent replies with {@code check} (the check struct, against the customer message when present) and {@code brand}. */
    static Dataset<Row> checkReplies(Dataset<Row> usable) {
        Dataset<Row> agents = usable.filter(col("inbound").equalTo(false));
        Dataset<Row> customers = usable.filter(col("inbound")).select(col("tweet_id").as("cid"), col("text").as("customer_text"));
        return agents.join(customers, agents.col("in_response_to_tweet_id").equalTo(customers.col("cid")), "left")
                .withColumn("check", expr(EmpathyFunctions.CHECK + "(text, customer_text)"))
                .select(col("tweet_id"), col("author_id").as("brand"), col("created_at"), col("check"));
    }

    /**
     * One row per brand and week: {@code customers}, {@code angry_or_frustrated_share}, {@code replies},
     * {@code mean_empathy}, {@code mean_politeness}, {@code mean_score}, {@code dismissive_share} (replies with
     * at least one finding), {@code top_rules} (up to three rule ids, most frequent first, with counts) and
     * {@code still_frustrated_at_end}; sorted by brand and week.
     */
    static Dataset<Row> weekly(Dataset<Row> customers, Dataset<Row> replies) {
        Column negative = col("reading.emotion").isin("anger", "frustration");
        Dataset<Row> customerWeeks = customers.withColumn("week", to_date(date_trunc("week", col("created_at"))))
                .groupBy("brand", "week")
                .agg(count(lit(1)).as("customers"), avg(when(negative, 1.0).otherwise(0.0)).as("angry_or_frustrated_share"));

        WindowSpec lastFirst = Window.partitionBy("author_id", "brand").orderBy(desc("created_at"), desc("tweet_id"));
        Dataset<Row> stillFrustrated = customers.withColumn("n", row_number().over(lastFirst)).filter(col("n").equalTo(1))
                .withColumn("week", to_date(date_trunc("week", col("created_at"))))
                .groupBy("brand", "week").agg(sum(when(negative, 1).otherwise(0)).as("still_frustrated_at_end"));

        Dataset<Row> withWeek = replies.withColumn("week", to_date(date_trunc("week", col("created_at"))));
        Dataset<Row> replyWeeks = withWeek.groupBy("brand", "week").agg(
                count(lit(1)).as("replies"),
                avg("check.empathy").as("mean_empathy"),
                avg("check.politeness").as("mean_politeness"),
                avg("check.score").as("mean_score"),
                avg(when(size(col("check.findings")).gt(0), 1.0).otherwise(0.0)).as("dismissive_share"));

        WindowSpec byCount = Window.partitionBy("brand", "week").orderBy(desc("n"), col("rule"));
        Dataset<Row> topRules = withWeek.select(col("brand"), col("week"), explode(col("check.findings")).as("f"))
                .groupBy(col("brand"), col("week"), col("f.rule").as("rule")).agg(count(lit(1)).as("n"))
                .withColumn("rank", row_number().over(byCount)).filter(col("rank").leq(3))
                .groupBy("brand", "week")
                .agg(expr("array_sort(collect_list(struct(rank, concat(rule, ' ', n))))").as("ranked"))
                .select(col("brand"), col("week"), concat_ws(", ", col("ranked.col2")).as("top_rules"));

        return customerWeeks.join(replyWeeks, new String[] {"brand", "week"}, "full_outer")
                .join(topRules, new String[] {"brand", "week"}, "left")
                .join(stillFrustrated, new String[] {"brand", "week"}, "left")
                .na().fill(0, new String[] {"customers", "replies", "still_frustrated_at_end"})
                .na().fill("", new String[] {"top_rules"})
                .select("brand", "week", "customers", "angry_or_frustrated_share", "replies", "mean_empathy",
                        "mean_politeness", "mean_score", "dismissive_share", "top_rules", "still_frustrated_at_end")
                .orderBy("brand", "week");
    }
}
