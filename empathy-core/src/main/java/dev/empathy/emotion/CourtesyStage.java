package dev.empathy.emotion;

import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Courtesy thanks: a bare "thanks" ending a short last sentence after a question, a request or a
 * complaint closes the message politely ("... can someone ring me back? Thanks"), as does one in a
 * one-sentence request after the request, and so do thanks given in advance ("Thanks in advance", "thank
 * you for your help in advance"), for help not yet given. Each weighs {@code signoff.factor}
 * ({@link CueModifier#COURTESY}). Thanks for something ("Thanks for checking") stay gratitude.
 */
final class CourtesyStage implements CueStage {

    /** Words that make a sentence a request, so a closing "thanks" after it is courtesy. */
    private static final Set<String> REQUEST_WORDS = Set.of("please", "pls", "plz", "kindly", "help", "advise",
            "let", "could", "can", "would", "need", "want", "wondering");
    /** A closing thanks is courtesy only in a last sentence of at most this many words. */
    private static final int COURTESY_MAX_WORDS = 6;
    /** Words after "in" that make a thanks one given in advance. */
    private static final Set<String> ANTICIPATION = Set.of("advance", "anticipation");

    private final double factor;

    CourtesyStage(Parameters parameters) {
        this.factor = parameters.signOffFactor();
    }

    @Override
    public MessageCues apply(MessageCues message) {
        List<SentenceCues> sentences = message.sentences();
        if (!hasGratitude(sentences)) {
            return message; // only gratitude cues change (speed, issue 16)
        }
        SentenceCues last = sentences.get(sentences.size() - 1);
        boolean asked = false; // a question, a request or a complaint before the thanks
        for (int i = 0; i < sentences.size() - 1 && !asked; i++) {
            asked = isRequestOrComplaint(sentences.get(i));
        }
        int words = 0;
        for (int tokenNo = 0; tokenNo < last.sentence().tokens().size(); tokenNo++) {
            Token token = last.sentence().tokens().get(tokenNo);
            if (token.isWord()) {
                words++;
            }
        }
        boolean closing = sentences.size() > 1 && words <= COURTESY_MAX_WORDS && asked;
        List<SentenceCues> out = new ArrayList<>(sentences);
        for (int i = 0; i < sentences.size(); i++) {
            SentenceCues sentence = sentences.get(i);
            out.set(i, sentence.map(new UnaryOperator<>() {
                @Override
                public LexiconCue apply(LexiconCue cue) {
                    return cue.emotion() == Emotion.GRATITUDE && cue.weight() > 0
                            && !cue.has(CueModifier.SIGN_OFF) && inAdvance(sentence, cue)
                            ? cue.times(factor).with(CueModifier.COURTESY) : cue;
                }
            }));
        }
        last = out.get(out.size() - 1);
        SentenceCues closingSentence = last;
        SentenceCues changed = last.map(new UnaryOperator<>() {
            @Override
            public LexiconCue apply(LexiconCue cue) {
                if (cue.emotion() != Emotion.GRATITUDE || cue.weight() <= 0 || cue.has(CueModifier.SIGN_OFF)
                        || cue.has(CueModifier.COURTESY)) {
                    return cue;
                }
                if (!endsSentence(closingSentence, cue)) {
                    return cue; // "Thanks for checking", "thanks, it works now": thanks for something
                }
                boolean inRequest = sentences.size() == 1 && askedBefore(closingSentence, cue.start());
                return closing || inRequest ? cue.times(factor).with(CueModifier.COURTESY) : cue;
            }
        });
        out.set(out.size() - 1, changed);
        return message.withSentences(out);
    }

    private static boolean hasGratitude(List<SentenceCues> sentences) {
        for (int sentenceNo = 0; sentenceNo < sentences.size(); sentenceNo++) {
            SentenceCues sentence = sentences.get(sentenceNo);
            for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
                LexiconCue cue = sentence.cues().get(cueNo);
                if (cue.emotion() == Emotion.GRATITUDE) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True if "in advance" or "in anticipation" follows the cue in its sentence: thanks for help not yet given. */
    private static boolean inAdvance(SentenceCues sentence, LexiconCue cue) {
        List<Token> tokens = sentence.sentence().tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).start() >= cue.start() && tokens.get(i).key().equals("in")
                    && ANTICIPATION.contains(tokens.get(i + 1).key())) {
                return true;
            }
        }
        return false;
    }

    /** True if at most one word follows the cue in its sentence, and that word is not "for" or "to". */
    private static boolean endsSentence(SentenceCues sentence, LexiconCue cue) {
        int words = 0;
        for (int tokenNo = 0; tokenNo < sentence.sentence().tokens().size(); tokenNo++) {
            Token token = sentence.sentence().tokens().get(tokenNo);
            if (token.start() < cue.end() || !token.isWord()) {
                continue;
            }
            if (++words > 1 || token.key().equals("for") || token.key().equals("to")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRequestOrComplaint(SentenceCues sentence) {
        if (askedBefore(sentence, sentence.sentence().end())) {
            return true;
        }
        for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
            LexiconCue cue = sentence.cues().get(cueNo);
            if (cue.weight() > 0 && cue.emotion().isNegative() && cue.emotion() != Emotion.CONFUSION) {
                return true;
            }
        }
        return false;
    }

    /** True if the sentence has a '?' or a request word before {@code limit}. */
    private static boolean askedBefore(SentenceCues sentence, int limit) {
        for (int tokenNo = 0; tokenNo < sentence.sentence().tokens().size(); tokenNo++) {
            Token token = sentence.sentence().tokens().get(tokenNo);
            if (token.start() >= limit) {
                break;
            }
            if (token.key().indexOf('?') >= 0 || (token.isWord() && REQUEST_WORDS.contains(token.key()))) {
                return true;
            }
        }
        return false;
    }
}
