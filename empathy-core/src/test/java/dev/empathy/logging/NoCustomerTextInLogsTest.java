package dev.empathy.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.emotion.LexiconEmotionClassifier;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Customer text is personal data: the library never logs it, at any level. */
class NoCustomerTextInLogsTest {

    @Test
    void classifyingNeverLogsTheMessage() {
        CapturingLoggerProvider.clear();
        LoggerFactory.getLogger(NoCustomerTextInLogsTest.class).debug("capture check");
        LexiconEmotionClassifier classifier = LexiconEmotionClassifier.builder().build();
        String secret = "Zyxwv-4411 my card number is 4111 and I am FURIOUS!!! cancel my account";
        classifier.classify(secret);
        classifier.classify("Zyxwv-4411. My card number is 4111. I am FURIOUS"); // the sentence model, with OpenNLP's logging
        classifier.classify("");
        assertThat(CapturingLoggerProvider.EVENTS).extracting(CapturingLoggerProvider.Event::message)
                .contains("capture check"); // the capture works, at DEBUG
        assertThat(CapturingLoggerProvider.EVENTS).allSatisfy(event -> {
            assertThat(event.message()).doesNotContain("Zyxwv").doesNotContain("4111").doesNotContain("FURIOUS");
        });
    }
}
