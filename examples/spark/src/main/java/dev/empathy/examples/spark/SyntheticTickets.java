package dev.empathy.examples.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a deterministic TWCS-layout CSV of synthetic tickets for throughput runs: {@code N} rows, half
 * customer messages and half brand replies that answer them, over 20 brands and 26 weeks, from short
 * messages written for this benchmark (not from any corpus). Same seed, same file.
 *
 * <pre>java -cp empathy-spark.jar:$(spark jars) dev.empathy.examples.spark.SyntheticTickets 1000000 /tmp/tickets.csv</pre>
 */
public final class SyntheticTickets {

    private static final String[] CUSTOMER = {
        "My parcel was due on Monday and it still hasn't arrived.", "I've been charged twice for the same order!",
        "Third time I'm asking: where is my refund?", "The app keeps crashing when I open my basket.",
        "Thanks so much, that sorted it!", "Can't log in to my account since the update.",
        "Is the service down? Nothing loads.", "I want to cancel my subscription please.",
        "Been on hold for 40 minutes, this is ridiculous.", "Someone used my card without permission, I'm really worried.",
        "The screen arrived cracked. Not happy at all.", "How do I change the delivery address?",
        "Absolutely furious, nobody has replied to my emails in a week.", "Great job on the quick delivery, cheers!",
        "I'm confused, the invoice shows a fee I don't understand.", "Still no update on my complaint. Disappointed.",
    };
    private static final String[] REPLY = {
        "I'm sorry for the delay. I've chased the courier and will update you by 5pm today.",
        "Please calm down, that's our policy.", "Sorry for any inconvenience caused.",
        "Thanks for letting us know! Could you send us a DM with your order number so we can look into it?",
        "I completely understand how frustrating that is. I've refunded the duplicate charge; it will show in 3-5 days.",
        "You need to read the FAQ.", "Glad to hear it's working now. Have a lovely day!",
        "As I already said, there's nothing we can do.", "I'm so sorry to hear that. I've escalated this to our team and will call you tomorrow.",
        "That's not our fault, please contact the courier.",
    };

    private SyntheticTickets() {
    }

    public static void main(String[] args) throws IOException {
        long rows = Long.parseLong(args[0]);
        write(rows, Path.of(args[1]));
    }

    static void write(long rows, Path file) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        DateTimeFormatter twcs = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);
        long start = Instant.parse("2017-06-05T00:00:00Z").getEpochSecond();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", Tickets.COLUMNS));
            out.write('\n');
            for (long id = 1; id + 1 <= rows; id += 2) {
                String brand = "Brand" + random.nextInt(20);
                String customer = "c" + random.nextInt(200_000);
                long at = start + random.nextLong(26L * 7 * 86_400);
                out.write(id + "," + customer + ",True," + twcs.format(Instant.ofEpochSecond(at)) + ",\"@" + brand + " "
                        + CUSTOMER[random.nextInt(CUSTOMER.length)] + "\"," + (id + 1) + ",\n");
                out.write((id + 1) + "," + brand + ",False," + twcs.format(Instant.ofEpochSecond(at + 600)) + ",\"@" + customer + " "
                        + REPLY[random.nextInt(REPLY.length)] + "\",," + id + "\n");
            }
        }
    }
}
