package dev.empathy.emotion;

import dev.empathy.internal.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * "When your courier decides the doorstep is too far ...", "When you ring the helpline and get one song for an hour ...":
 * a message that opens with a {@code meme} word and then the company or its people addressed ({@code people}
 * or {@code owner} word) tells the company in public what it did to the writer, the way people complain on
 * social media. With a denial ({@code negator} word) or a complaint cue in it, and no praise or thanks still
 * counting, it is a complaint about a failure, which the annotation guide reads as frustration: a cue of
 * {@code meme.weight} on the opening words ({@code complaint-structure.tsv}). "When you fixed my router so
 * fast, thank you!" keeps its thanks; "when will you deliver?" is a question, not this. Runs on the whole
 * message. Immutable and thread-safe; linear in the message's tokens and cues.
 */
final class ExperienceMemeStage implements CueStage {

    private final ComplaintStructure structure;

    ExperienceMemeStage(ComplaintStructure structure) {
        this.structure = structure;
    }

    @Override
    public MessageCues apply(MessageCues message) {
        if (structure.memeWeight == 0) {
            return message;
        }
        SentenceCues first = message.sentences().get(0);
        List<Token> words = new ArrayList<>(2);
        for (int tokenNo = 0; tokenNo < first.tokens().size(); tokenNo++) {
            Token token = first.tokens().get(tokenNo);
            if (token.isWord()) {
                words.add(token);
                if (words.size() == 2) {
                    break;
                }
            } else if (token.kind() == Token.Kind.PUNCTUATION) {
                return message; // "When? ...", "when, ..."
            }
        }
        if (words.size() < 2 || !is("meme", words.get(0))
                || !(is("people", words.get(1)) || is("owner", words.get(1)))) {
            return message;
        }
        boolean complaint = false;
        for (int sentenceNo = 0; sentenceNo < message.sentences().size(); sentenceNo++) {
            SentenceCues sentence = message.sentences().get(sentenceNo);
            for (int tokenNo = 0; tokenNo < sentence.tokens().size(); tokenNo++) {
                Token token = sentence.tokens().get(tokenNo);
                if (token.kind() == Token.Kind.PUNCTUATION && token.key().indexOf('?') >= 0 && sentence == first) {
                    return message; // "when will you deliver?": a question
                }
                complaint |= is("negator", token);
            }
            for (int cueNo = 0; cueNo < sentence.cues().size(); cueNo++) {
                LexiconCue cue = sentence.cues().get(cueNo);
                if (cue.weight() > 0 && !cue.has(CueModifier.SARCASTIC)
                        && (cue.emotion() == Emotion.SATISFACTION || cue.emotion() == Emotion.GRATITUDE)) {
                    return message;
                }
                complaint |= cue.weight() > 0 && cue.complains();
            }
        }
        if (!complaint) {
            return message;
        }
        List<SentenceCues> sentences = new ArrayList<>(message.sentences());
        List<LexiconCue> cues = new ArrayList<>(first.cues());
        cues.add(0, LexiconCue.of(words.get(0).start(), words.get(1).end(), first.tokens().indexOf(words.get(0)),
                Emotion.FRUSTRATION, structure.memeWeight, Cue.Source.LEXICON));
        sentences.set(0, first.withCues(cues));
        return message.withSentences(sentences);
    }

    private boolean is(String name, Token token) {
        return token.isWord() && structure.is(name, token.folded());
    }
}
