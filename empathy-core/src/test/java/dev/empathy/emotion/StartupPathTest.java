package dev.empathy.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the first classification loads, in a fresh JVM (start-up time, issue 17): building the built-in classifier
 * and reading a message that the sentence detector is not needed for (one line, every '.', '!' or '?' in its last
 * word) links no lambda, method reference or string concatenation ({@code invokedynamic}: the first one costs about
 * 10 ms of CPU to set {@code java.lang.invoke} up, each further one some tenths of a millisecond), sets SLF4J up
 * (about 16 ms) or loads the OpenNLP sentence model (about 50 ms, with SLF4J and the number formats it sets up). A
 * stage on the reading path uses a class where a lambda would do; this test names the call site that breaks that.
 */
class StartupPathTest {

    /** Written for this test; each is read whole by the classifier without the sentence detector. */
    static final String[] MESSAGES = {
        "This is the third time I'm asking and I'm SOOO annoyed!!!",
        "still no reply from your support team after 3 weeks #fail",
        "Thank you so much, you guys are amazing :)",
        "why is my internet down AGAIN",
        "Could you tell me how to change my delivery address?",
        "not happy with the new app at all 😡",
        "If the parcel doesn't arrive by Friday I want a refund",
        "your company is a joke and your staff are useless",
        "I am worried my account was hacked, what should I do?",
        "hi, is the store open on sunday thanks",
    };

    static final String DONE = "first-readings-done";

    /** The child JVM: builds the classifier, reads each message, then prints {@link #DONE}. No lambda or + here. */
    public static void main(String[] args) {
        LexiconEmotionClassifier classifier = LexiconEmotionClassifier.english();
        for (String message : MESSAGES) {
            classifier.classify(message);
        }
        System.out.println(DONE);
    }

    @Test
    void theFirstReadingsLinkNoLambdaAndSetUpNeitherSlf4jNorTheSentenceModel() throws IOException, InterruptedException {
        List<String> beforeDone = childOutputBeforeDone();
        List<String> linked = new ArrayList<>();
        List<String> loaded = new ArrayList<>();
        for (String line : beforeDone) {
            if (line.contains("resolve_invokedynamic")) {
                linked.add(line.substring(line.indexOf("resolve_invokedynamic")));
            }
            if (line.contains("org.slf4j.LoggerFactory ") || line.contains("opennlp.tools.util.model.BaseModel ")) {
                loaded.add(line);
            }
        }
        assertThat(linked).as("invokedynamic call sites linked before the first readings were done: write a class, not a"
                + " lambda or method reference, and String.concat, not +, on the reading path (start-up time, issue 17)").isEmpty();
        assertThat(loaded).as("SLF4J or the sentence model loaded before the first readings were done").isEmpty();
        assertThat(beforeDone).as("the class-load log works").anyMatch(line -> line.contains("dev.empathy.emotion.LexiconEngine "));
    }

    private static List<String> childOutputBeforeDone() throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-Xlog:class+load=info,methodhandles+indy=debug:stdout", "-cp", System.getProperty("java.class.path"),
                StartupPathTest.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        boolean done = false;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                done |= line.equals(DONE);
                if (!done) {
                    lines.add(line);
                }
            }
        }
        assertThat(process.waitFor()).as("the child JVM's exit code").isZero();
        assertThat(done).as("the child JVM printed " + DONE).isTrue();
        return lines;
    }
}
