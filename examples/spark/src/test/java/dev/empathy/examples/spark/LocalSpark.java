package dev.empathy.examples.spark;

import org.apache.spark.sql.SparkSession;

/** One local[2] session for every test class in the JVM (Spark allows one active context per JVM). */
final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("empathy-tests")
                    .config("spark.ui.enabled", "false")
                    // loopback only: the tests never bind to or talk over another interface
                    .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "2")
                    .config("spark.sql.session.timeZone", "UTC").getOrCreate();
            EmpathyFunctions.register(session);
        }
        return session;
    }
}
