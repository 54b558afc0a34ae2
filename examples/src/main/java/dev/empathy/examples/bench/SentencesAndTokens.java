package dev.empathy.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

/**
 * The benchmarks' baseline for the text analysis every reading needs, built from OpenNLP alone (the
 * library's own analyser is internal): each line through the English UD sentence detector (the model the
 * library ships with), each sentence through {@link SimpleTokenizer}. Not thread-safe (one detector);
 * one instance per benchmark thread.
 */
final class SentencesAndTokens {

    private static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private final SentenceDetectorME detector;

    SentencesAndTokens() {
        try (InputStream in = SentencesAndTokens.class.getClassLoader().getResourceAsStream(SENTENCE_MODEL)) {
            if (in == null) {
                throw new IllegalStateException(SENTENCE_MODEL + " is not on the class path");
            }
            detector = new SentenceDetectorME(new SentenceModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of tokens of {@code text}, after splitting it into lines and sentences. */
    int tokens(String text) {
        int count = 0;
        for (String line : text.split("\\R")) {
            for (Span sentence : detector.sentPosDetect(line)) {
                count += SimpleTokenizer.INSTANCE.tokenizePos(sentence.getCoveredText(line).toString()).length;
            }
        }
        return count;
    }
}
