package dev.empathy.emotion;

import dev.empathy.internal.text.Sentence;
import dev.empathy.internal.text.Token;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Sign-offs ("... resend it please? Thanks, Ellie", "Kind regards,\nMaria"): positive cues in the closing
 * formula of a message are politeness, not a feeling, and weigh {@code signoff.factor}
 * ({@link CueModifier#SIGN_OFF}). A closing is the last sentence when it has at most eight words and ends
 * with a comma and one to three capitalised words (a name), or the sentence before a last line made only
 * of one to three capitalised words. Messages of one sentence have no closing.
 */
final class SignOffStage implements CueStage {

    private final double factor;

    SignOffStage(Parameters parameters) {
        this.factor = parameters.signOffFactor();
    }

    @Override
    public MessageCues apply(MessageCues message) {
        int closing = closingStart(message.text(), message.sentences());
        if (closing < 0) {
            return message;
        }
        return message.mapCues(new UnaryOperator<>() {
            @Override
            public LexiconCue apply(LexiconCue cue) {
                return cue.start() >= closing && cue.emotion().isPositive()
                        ? cue.times(factor).with(CueModifier.SIGN_OFF) : cue;
            }
        });
    }

    /** Where the closing formula starts, or -1. */
    private static int closingStart(String text, List<SentenceCues> sentences) {
        int n = sentences.size();
        if (n < 2) {
            return -1;
        }
        Sentence last = sentences.get(n - 1).sentence();
        int words = 0;
        boolean allCapitalised = true;
        for (int tokenNo = 0; tokenNo < last.tokens().size(); tokenNo++) { // loops, not streams: run on every message (speed, issue 16)
            Token token = last.tokens().get(tokenNo);
            if (token.isWord()) {
                words++;
                allCapitalised &= isCapitalised(text, token);
            }
        }
        if (words > 0 && words <= 8 && endsWithCommaAndName(text, last.tokens())) {
            return last.start(); // "Thanks, Ellie", "Kind regards, Tobias, Product Lead"
        }
        if (words > 0 && words <= 3 && allCapitalised) {
            Sentence before = sentences.get(n - 2).sentence(); // "Kind regards,\nMaria Lopez": the name has its own line
            int beforeWords = 0;
            for (int tokenNo = 0; tokenNo < before.tokens().size(); tokenNo++) {
                Token token = before.tokens().get(tokenNo);
                if (token.isWord()) {
                    beforeWords++;
                }
            }
            return n >= 3 && beforeWords <= 4 ? before.start() : -1;
        }
        return -1;
    }

    /** True if the tokens end with a comma and then one to three capitalised words (a name) and punctuation. */
    private static boolean endsWithCommaAndName(String text, List<Token> tokens) {
        int end = tokens.size();
        while (end > 0 && !tokens.get(end - 1).isWord()) {
            end--; // trailing punctuation
        }
        int name = 0;
        int i = end - 1;
        while (i >= 0 && tokens.get(i).isWord() && isCapitalised(text, tokens.get(i)) && name < 3) {
            name++;
            i--;
            while (i >= 0 && !tokens.get(i).isWord() && !tokens.get(i).key().equals(",")) {
                i--; // "Ruth & Ian", "Tobias, Product Lead"
            }
        }
        return name > 0 && i > 0 && tokens.get(i).key().equals(",");
    }

    private static boolean isCapitalised(String text, Token token) {
        return Character.isUpperCase(text.charAt(token.start()));
    }
}
