package dev.empathy.emotion;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A persistence adverb ("still", {@code words persistence} of {@code calm-structure.tsv}) says that a
 * complaint goes on; on its own it says only that something continues: "I still have the receipt", "is it
 * still $15 a month?", "still love it". Its frustration cue counts only where there is a complaint to
 * persist: another complaint cue in the message (frustration, anger or disappointment, weight above 0), or
 * heat in the message ('??', '?!', '!!'), or the adverb itself emphasised ("STILL", "seriously still",
 * {@link CueModifier#CAPS}, {@link CueModifier#INTENSIFIED}). Otherwise the cue is dropped. Runs on the whole
 * message after {@link CueStage#IN_TEXT_ORDER}. Immutable and thread-safe; linear in the cues.
 */
final class PersistenceStage implements CueStage {

    private final CalmStructure calm;

    PersistenceStage(CalmStructure calm) {
        this.calm = calm;
    }

    @Override
    public MessageCues apply(MessageCues message) {
        String text = message.text();
        boolean anyPersistence = false;
        for (int sentenceNo = 0; sentenceNo < message.sentences().size(); sentenceNo++) {
            SentenceCues sentence = message.sentences().get(sentenceNo);
            for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
                LexiconCue cue = sentence.cues().get(cueNo);
                if (isPersistence(text, sentence, cue)) {
                    anyPersistence = true;
                } else if (cue.complains() && cue.weight() > 0) {
                    return message; // a complaint to persist
                }
            }
        }
        if (!anyPersistence || text.contains("??") || text.contains("?!") || text.contains("!!")) {
            return message;
        }
        return message.mapSentences(new UnaryOperator<>() {
            @Override
            public SentenceCues apply(SentenceCues sentence) {
                List<LexiconCue> kept = new ArrayList<>(sentence.cues().size());
                for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
                    LexiconCue cue = sentence.cues().get(cueNo);
                    if (!isPersistence(text, sentence, cue) || cue.has(CueModifier.CAPS) || cue.has(CueModifier.INTENSIFIED)) {
                        kept.add(cue);
                    }
                }
                return kept.size() == sentence.cues().size() ? sentence : sentence.withCues(kept);
            }
        });
    }

    /** True if the cue is a lexicon term that is exactly a persistence word ("still"), read as frustration. */
    private boolean isPersistence(String text, SentenceCues sentence, LexiconCue cue) {
        return cue.emotion() == Emotion.FRUSTRATION && cue.source() == Cue.Source.LEXICON && cue.weight() > 0
                && calm.is("persistence", sentence.foldedText(text, cue));
    }
}
