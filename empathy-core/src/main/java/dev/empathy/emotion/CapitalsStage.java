package dev.empathy.emotion;

import dev.empathy.internal.text.Token;
import java.util.List;

/**
 * Capitals: a lexicon cue with a word in capitals ("FURIOUS") weighs {@code caps.factor} more. A capitalised
 * word counts when it has at least three letters ("NOT", not "OK"), or any length in a shouted message (at
 * least 8 letters, 90% of them capitals).
 */
final class CapitalsStage implements CueStage {

    private final double factor;

    CapitalsStage(Parameters parameters) {
        this.factor = parameters.capsFactor();
    }

    @Override
    public MessageCues apply(MessageCues message) {
        boolean shouted = isShouted(message.text());
        return message.mapSentences(sentence -> sentence.map(cue -> {
            if (cue.source() != Cue.Source.LEXICON) {
                return cue;
            }
            List<Token> tokens = sentence.tokens();
            for (int t = cue.tokenIndex(); t <= cue.found().lastToken(); t++) {
                Token token = tokens.get(t);
                if (token.allCaps() && (shouted || token.end() - token.start() >= 3)) {
                    return cue.times(factor).with(CueModifier.CAPS);
                }
            }
            return cue;
        }));
    }

    /** A shouted message: at least 8 letters, at least 90% of them capitals. */
    static boolean isShouted(String text) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 8 && upper >= 0.9 * letters;
    }
}
