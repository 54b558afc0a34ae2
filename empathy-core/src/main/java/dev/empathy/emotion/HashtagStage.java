package dev.empathy.emotion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Hashtags: a complaint written as a hashtag ("#fail", "#neveragain") is public shaming. A frustration or
 * anger cue inside one reads as anger at {@code hashtag.factor} ({@link CueModifier#HASHTAG}), and the
 * hashtag raises {@link SignalType#ESCALATION_RISK}. A let-down hashtag ("#bummer", "#disappointed") is the
 * customer's own disappointment, not shaming, and stays as it is.
 */
final class HashtagStage implements CueStage.PerSentence {

    private final double factor;

    HashtagStage(Parameters parameters) {
        this.factor = parameters.hashtagFactor();
    }

    @Override
    public SentenceCues apply(String text, SentenceCues sentence) {
        if (sentence.hashtags().isEmpty()) {
            return sentence;
        }
        List<LexiconCue> cues = new ArrayList<>(sentence.cues().size());
        Set<Signal> signals = new LinkedHashSet<>(sentence.signals());
        for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
            LexiconCue cue = sentence.cues().get(cueNo);
            LexiconCue read = cue;
            if (cue.complains() && cue.emotion() != Emotion.DISAPPOINTMENT && cue.weight() > 0) {
                for (int[] tag : sentence.hashtags()) {
                    if (cue.start() >= tag[0] && cue.end() <= tag[1]) {
                        read = cue.as(Emotion.ANGER).times(factor).with(CueModifier.HASHTAG);
                        signals.add(SentenceCues.signal(text, SignalType.ESCALATION_RISK, tag[0], tag[1]));
                        break;
                    }
                }
            }
            cues.add(read);
        }
        return sentence.with(cues, signals);
    }
}
