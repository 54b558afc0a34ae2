package dev.empathy.emotion;

import dev.empathy.internal.text.Token;
import java.util.List;
import java.util.function.UnaryOperator;

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
        int[] shouted = {-1}; // read from the whole text only when a short word in capitals asks: 0 no, 1 yes (speed, issue 16)
        return message.mapSentences(new UnaryOperator<>() {
            @Override
            public SentenceCues apply(SentenceCues sentence) {
                return sentence.map(new UnaryOperator<>() {
                    @Override
                    public LexiconCue apply(LexiconCue cue) {
                        if (cue.source() != Cue.Source.LEXICON) {
                            return cue;
                        }
                        List<Token> tokens = sentence.tokens();
                        for (int t = cue.tokenIndex(); t <= cue.found().lastToken(); t++) {
                            Token token = tokens.get(t);
                            if (!token.allCaps()) {
                                continue;
                            }
                            if (token.end() - token.start() < 3 && shouted[0] < 0) {
                                shouted[0] = isShouted(message.text()) ? 1 : 0;
                            }
                            if (token.end() - token.start() >= 3 || shouted[0] == 1) {
                                return cue.times(factor).with(CueModifier.CAPS);
                            }
                        }
                        return cue;
                    }
                });
            }
        });
    }

    /**
     * A shouted message: at least 8 letters, at least 90% of them capitals. Reads a copy of the text's chars, not
     * {@code text.charAt} (speed, issue 16: the JIT's hoisted checks of a {@code charAt} loop failed when Latin-1 and
     * UTF-16 texts alternated, and each failure compiled the stage again; see {@link SentenceCues#chars}).
     */
    static boolean isShouted(String text) {
        char[] chars = text.toCharArray();
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
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
