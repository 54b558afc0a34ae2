package dev.empathy.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TicketAnalyticsTest {

    private static final String HEADER = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n";

    private final SparkSession spark = LocalSpark.session();

    /** Two brands, one week each; AcmeHelp has an angry customer who stays angry and a dismissive reply. */
    private static final String TICKETS = HEADER
            + "1,c1,True,Mon Oct 30 10:00:00 +0000 2017,\"@AcmeHelp I am furious, this is the third time I ask!\",2,\n"
            + "2,AcmeHelp,False,Mon Oct 30 10:05:00 +0000 2017,\"@c1 Please calm down, that is our policy.\",3,1\n"
            + "3,c1,True,Mon Oct 30 10:10:00 +0000 2017,\"@AcmeHelp Unbelievable. I am so angry with you.\",,2\n"
            + "4,c2,True,Tue Oct 31 09:00:00 +0000 2017,\"@BetaCares thanks so much, that worked!\",5,\n"
            + "5,BetaCares,False,Tue Oct 31 09:02:00 +0000 2017,\"@c2 Glad to hear it, have a lovely day!\",,4\n"
            + "6,c3,True,not a time,\"@BetaCares hello\",,\n"
            + "7,c4,True,Tue Oct 31 09:00:00 +0000 2017,\"   \",,\n"
            + "8,c5,maybe,Tue Oct 31 09:00:00 +0000 2017,\"@BetaCares hi\",,\n";

    @Test
    void writesWeeklyFiguresPerBrandRejectsAndAReport(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("tickets.csv");
        Files.writeString(in, TICKETS, StandardCharsets.UTF_8);
        TicketAnalytics.Summary summary = TicketAnalytics.run(spark, in.toString(), null, dir.resolve("out"), "parquet");

        assertThat(summary.rows()).isEqualTo(8);
        assertThat(summary.used()).isEqualTo(5);
        assertThat(summary.rejects()).containsEntry("created_at is not a time", 1L).containsEntry("empty text", 1L)
                .containsEntry("inbound is not true or false", 1L);

        List<Row> weekly = spark.read().parquet(dir.resolve("out/weekly").toString()).orderBy("brand").collectAsList();
        assertThat(weekly).hasSize(2);
        Row acme = weekly.get(0);
        assertThat(acme.getString(acme.fieldIndex("brand"))).isEqualTo("AcmeHelp");
        assertThat(String.valueOf(acme.get(acme.fieldIndex("week")))).isEqualTo("2017-10-30");
        assertThat(acme.getLong(acme.fieldIndex("customers"))).isEqualTo(2);
        assertThat(acme.getDouble(acme.fieldIndex("angry_or_frustrated_share"))).isEqualTo(1.0);
        assertThat(acme.getLong(acme.fieldIndex("replies"))).isEqualTo(1);
        assertThat(acme.getDouble(acme.fieldIndex("dismissive_share"))).isEqualTo(1.0);
        assertThat(acme.getString(acme.fieldIndex("top_rules"))).isNotEmpty();
        assertThat(acme.getLong(acme.fieldIndex("still_frustrated_at_end"))).isEqualTo(1);
        Row beta = weekly.get(1);
        assertThat(beta.getString(beta.fieldIndex("brand"))).isEqualTo("BetaCares");
        assertThat(beta.getDouble(beta.fieldIndex("angry_or_frustrated_share"))).isZero();
        assertThat(beta.getDouble(beta.fieldIndex("dismissive_share"))).isZero();
        assertThat(beta.getLong(beta.fieldIndex("still_frustrated_at_end"))).isZero();

        String html = Files.readString(dir.resolve("out/report.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "AcmeHelp", "BetaCares", "created_at is not a time")
                .doesNotContain("<script", "http://", "https://")
                .doesNotContain("furious", "calm down"); // no ticket text in the report
        assertThat(spark.read().option("header", "true").csv(dir.resolve("out/rejects").toString()).count()).isEqualTo(3);
    }

    @Test
    void readsJsonLinesAndWritesCsv(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("tickets.jsonl");
        Files.writeString(in, """
                {"tweet_id": "1", "author_id": "c1", "inbound": true, "created_at": "2024-03-05T10:00:00Z", "text": "My order never arrived and nobody replies."}
                {"tweet_id": "2", "author_id": "ShopHelp", "inbound": false, "created_at": "2024-03-05T10:30:00Z", "text": "I'm so sorry, I'll chase the courier today and update you by 5pm.", "in_response_to_tweet_id": "1"}
                not json at all
                """, StandardCharsets.UTF_8);
        TicketAnalytics.Summary summary = TicketAnalytics.run(spark, in.toString(), null, dir.resolve("out"), "csv");
        assertThat(summary.used()).isEqualTo(2);
        assertThat(summary.rows() - summary.used()).isEqualTo(1);
        List<Row> weekly = spark.read().option("header", "true").csv(dir.resolve("out/weekly").toString()).collectAsList();
        assertThat(weekly).hasSize(1);
        assertThat(weekly.get(0).getString(weekly.get(0).fieldIndex("brand"))).isEqualTo("ShopHelp");
        assertThat(weekly.get(0).getString(weekly.get(0).fieldIndex("week"))).isEqualTo("2024-03-04");
    }

    @Test
    void aMissingColumnRejectsEveryRowWithTheReasonInsteadOfFailingTheJob(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("tickets.csv");
        Files.writeString(in, "tweet_id,author_id,inbound,created_at\n1,c1,True,Mon Oct 30 10:00:00 +0000 2017\n");
        TicketAnalytics.Summary summary = TicketAnalytics.run(spark, in.toString(), "csv", dir.resolve("out"), "parquet");
        assertThat(summary.used()).isZero();
        assertThat(summary.rejects()).containsExactlyEntriesOf(java.util.Map.of("missing column: text", 1L));
        assertThat(Files.readString(dir.resolve("out/report.html"))).contains("missing column: text");
    }
}
