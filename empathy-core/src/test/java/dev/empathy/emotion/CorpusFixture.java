package dev.empathy.emotion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the in-house corpus splits from test resources ({@code /corpus/emotion-*.tsv}). */
final class CorpusFixture {

    record Example(int line, String text, Emotion label) {
    }

    private CorpusFixture() {
    }

    static List<Example> examples(String split) {
        List<Example> examples = new ArrayList<>();
        try (InputStream in = CorpusFixture.class.getResourceAsStream("/corpus/" + split)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /corpus/" + split);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t");
                examples.add(new Example(number, fields[0], Emotion.fromId(fields[1])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples;
    }

    static List<String> texts(String split) {
        return examples(split).stream().map(Example::text).toList();
    }
}
