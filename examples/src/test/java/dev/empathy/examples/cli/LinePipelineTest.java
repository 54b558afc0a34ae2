package dev.empathy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LinePipelineTest {

    private static InputLines lines(String text) {
        return new InputLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String MANY = IntStream.rangeClosed(1, 5000).mapToObj(i -> i % 7 == 0 ? "" : "line " + i)
            .collect(Collectors.joining("\n", "", "\n"));

    private static String run(int threads, boolean skipBlank, String input, LinePipeline.Step step) {
        StringWriter out = new StringWriter();
        PrintWriter writer = new PrintWriter(out);
        new LinePipeline(threads, false, null, "test").run(lines(input), skipBlank, step, writer);
        writer.flush();
        return out.toString();
    }

    @Test
    void manyThreadsWriteExactlyWhatOneThreadWritesInInputOrder() {
        LinePipeline.Step step = (line, number, message) -> number + ":" + message + ":" + line + "\n";
        String one = run(1, true, MANY, step);
        assertThat(run(4, true, MANY, step)).isEqualTo(one);
        assertThat(one.lines().count()).isEqualTo(5000 - 5000 / 7);
        assertThat(one).startsWith("1:1:line 1\n").contains("\n8:7:line 8\n");
    }

    @Test
    void givenTheRawStreamTheOutputIsWrittenAsUtf8BytesAfterWhatTheWriterHeld() {
        LinePipeline.Step step = (line, number, message) -> number % 3 == 0 ? "é😀" + line + "\n" : line + "\n";
        for (int threads : new int[] {1, 2, 3}) {
            java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
            PrintWriter writer = new PrintWriter(new java.io.OutputStreamWriter(raw, StandardCharsets.UTF_8));
            writer.print("head\n");
            new LinePipeline(threads, false, null, "t", raw).run(lines(MANY), false, step, writer);
            writer.flush();
            assertThat(raw.toString(StandardCharsets.UTF_8)).as(threads + " threads").isEqualTo("head\n" + run(1, false, MANY, step));
        }
    }

    @Test
    void withTheRawStreamAFailingLineStillComesAfterEveryEarlierLinesOutput() {
        LinePipeline.TextStep step = (line, number, message, out) -> {
            out.append("partial ");
            if (number == 2500) {
                throw new BadInputException("line " + number + ": bad");
            }
            out.reset().append(number + "\n");
        };
        for (int threads : new int[] {1, 2}) {
            java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
            PrintWriter writer = new PrintWriter(new java.io.OutputStreamWriter(raw, StandardCharsets.UTF_8));
            assertThatThrownBy(() -> new LinePipeline(threads, false, null, "t", raw).run(lines(MANY), false, step, writer))
                    .isInstanceOf(BadInputException.class).hasMessage("line 2500: bad");
            String written = raw.toString(StandardCharsets.UTF_8);
            assertThat(written.lines().count()).as(threads + " threads").isEqualTo(2499);
            assertThat(written).startsWith("partial 1\n").endsWith("partial 2499\n");
        }
    }

    @Test
    void blankLinesAreMessagesUnlessSkipped() {
        LinePipeline.Step step = (line, number, message) -> "[" + line + "]";
        assertThat(run(2, false, "a\n\nb\n", step)).isEqualTo("[a][][b]");
        assertThat(run(2, true, "a\n\nb\n", step)).isEqualTo("[a][b]");
    }

    @Test
    void aFailingLineStopsTheRunAfterEveryEarlierLinesOutput() {
        LinePipeline.Step step = (line, number, message) -> {
            if (number == 3001) {
                throw new BadInputException("line " + number + ": bad");
            }
            return number + "\n";
        };
        for (int threads : new int[] {1, 3}) {
            StringWriter out = new StringWriter();
            PrintWriter writer = new PrintWriter(out);
            assertThatThrownBy(() -> new LinePipeline(threads, false, null, "t").run(lines(MANY), false, step, writer))
                    .isInstanceOf(BadInputException.class).hasMessage("line 3001: bad");
            writer.flush();
            assertThat(out.toString().lines().count()).as(threads + " threads").isEqualTo(3000);
            assertThat(out.toString()).endsWith("\n3000\n");
        }
    }

    @Test
    void invalidUtf8IsReportedAfterTheLinesBeforeIt() {
        byte[] bytes = "ok\nfine\n\u0000".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 1] = (byte) 0xC3;
        StringWriter out = new StringWriter();
        PrintWriter writer = new PrintWriter(out);
        assertThatThrownBy(() -> new LinePipeline(2, false, null, "t")
                .run(new InputLines(new ByteArrayInputStream(bytes)), false, (l, n, m) -> l + "\n", writer))
                .isInstanceOf(BadInputException.class).hasMessageContaining("line 3");
        writer.flush();
        assertThat(out.toString()).isEqualTo("ok\nfine\n");
    }

    /** Serves "a\n", then, when asked for more, notes what had been written by then and serves "b\n". */
    private static final class TypedInput extends java.io.InputStream {
        private final StringWriter written;
        private final java.util.List<String> seenBeforeSecondLine = new java.util.ArrayList<>();
        private int reads;

        TypedInput(StringWriter written) {
            this.written = written;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("read in blocks");
        }

        @Override
        public int read(byte[] b, int off, int len) {
            reads++;
            if (reads == 1 || reads == 2) {
                if (reads == 2) {
                    seenBeforeSecondLine.add(written.toString());
                }
                b[off] = (byte) (reads == 1 ? 'a' : 'b');
                b[off + 1] = '\n';
                return 2;
            }
            return -1;
        }
    }

    @Test
    void interactiveUseWritesEachAnswerBeforeReadingTheNextLine() {
        for (int threads : new int[] {1, 2}) {
            StringWriter out = new StringWriter();
            TypedInput typed = new TypedInput(out);
            PrintWriter writer = new PrintWriter(out);
            new LinePipeline(threads, true, null, "t").run(new InputLines(typed), false, (l, n, m) -> "[" + l + "]", writer);
            assertThat(typed.seenBeforeSecondLine).as(threads + " threads").containsExactly("[a]");
            assertThat(out.toString()).isEqualTo("[a][b]");
        }
    }

    @Test
    void batchUseReadsWholeBatchesBeforeWriting() {
        StringWriter out = new StringWriter();
        TypedInput typed = new TypedInput(out);
        PrintWriter writer = new PrintWriter(out);
        new LinePipeline(2, false, null, "t").run(new InputLines(typed), false, (l, n, m) -> "[" + l + "]", writer);
        assertThat(typed.seenBeforeSecondLine).containsExactly("");
        writer.flush();
        assertThat(out.toString()).isEqualTo("[a][b]");
    }

    @Test
    void progressIsReportedOnTheGivenWriter() {
        StringWriter progress = new StringWriter();
        StringWriter out = new StringWriter();
        new LinePipeline(2, false, new PrintWriter(progress), "empathy classify").run(lines("a\nb\n"), false,
                (l, n, m) -> l, new PrintWriter(out));
        assertThat(progress.toString().strip()).isEqualTo("empathy classify: 2 lines read, done");
    }

    @Test
    void classifyOnFourThreadsWritesWhatItWritesOnOne() {
        String input = IntStream.range(0, 3000).mapToObj(i -> switch (i % 4) {
            case 0 -> "{\"id\":" + i + ",\"text\":\"This is the third time I'm asking, I'm furious!\"}";
            case 1 -> "{\"id\":" + i + ",\"text\":\"Thanks so much, that fixed it.\"}";
            case 2 -> "";
            default -> "{\"id\":" + i + ",\"text\":\"Where is my parcel? It was due on Monday.\"}";
        }).collect(Collectors.joining("\n", "", "\n"));
        CliRun one = CliRun.run(input, "classify", "--jsonl", "--threads", "1");
        CliRun four = CliRun.run(input, "classify", "--jsonl", "--threads", "4");
        assertThat(one.exitCode()).isZero();
        assertThat(four.out()).isEqualTo(one.out());
        assertThat(four.lines()).hasSize(2250);
    }

    @Test
    void aThreadCountOutOfRangeIsAUsageError() {
        CliRun run = CliRun.run("hi\n", "classify", "--threads", "0");
        assertThat(run.exitCode()).isEqualTo(EmpathyCli.USAGE);
        assertThat(run.err().strip()).isEqualTo("empathy classify: --threads must be between 1 and 256, got 0 (see 'empathy classify --help')");
    }
}
