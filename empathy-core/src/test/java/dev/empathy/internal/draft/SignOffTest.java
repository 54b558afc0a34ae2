package dev.empathy.internal.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignOffTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "We've refunded it today. ^RB|^RB",
            "Refund sent! -JL|-JL",
            "Thanks for waiting /MK|/MK",
            "Message us with the order date and we'll check. *JoRiver|*JoRiver",
            "Which branch was it? TY - Priya|- Priya",
            "You can appeal after 90 days. -Player Support|-Player Support",
            "Thanks - Mike.|- Mike.",
            "Please advise further.^EA|^EA",
            "We're unable to deliver to some areas 1/2 ^MM|^MM",
            "Happy to help! https://t.co/abc 😁 /RR|/RR",
            "We'll follow up. ^nv|^nv",
    })
    void recognisesTheSignOffConventionsOfSupportTeams(String text, String signOff) {
        assertThat(text.substring(SignOff.start(text))).startsWith(signOff);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "We'll send a follow-up",
            "You can pay by card and/or",
            "Please reply - thanks",
            "Kind regards, Maria, Customer Support",
            "Call us Mon-Fri",
            "I've refunded the order.",
            "The code is AB-1240",
    })
    void textWithoutASignOffHasNone(String text) {
        assertThat(SignOff.start(text)).isEqualTo(text.length());
    }
}
