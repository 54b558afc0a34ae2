package dev.empathy.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.emotion.LexiconEmotionClassifier;
import org.junit.jupiter.api.Test;

/** Customer text is personal data: the library never logs it, at any level. */
class NoCustomerTextInLogsTest {

    @Test
    void classifyingNeverLogsTheMessage() {
        CapturingLoggerProvider.clear();
        LexiconEmotionClassifier classifier = LexiconEmotionClassifier.builder().build(); // logs its load at DEBUG
        String secret = "Zyxwv-4411 my card number is 4111 and I am FURIOUS!!! cancel my account";
        classifier.classify(secret);
        classifier.classify("");
        assertThat(CapturingLoggerProvider.EVENTS).isNotEmpty(); // the capture works: the load was logged
        assertThat(CapturingLoggerProvider.EVENTS).allSatisfy(event -> {
            assertThat(event.message()).doesNotContain("Zyxwv").doesNotContain("4111").doesNotContain("FURIOUS");
        });
    }
}
