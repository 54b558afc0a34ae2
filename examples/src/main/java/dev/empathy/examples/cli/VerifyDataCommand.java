package dev.empathy.examples.cli;

import dev.empathy.data.InvalidDataException;
import dev.empathy.verify.DataExample;
import dev.empathy.verify.DataProblem;
import dev.empathy.verify.DataVerifier;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verify-data FILE...}: runs the examples of vendor data files with {@link DataVerifier}, the way the
 * build runs those of the shipped files, and prints each one that does not hold as {@code file:line: problem}.
 */
@Command(name = "verify-data", mixinStandardHelpOptions = true,
        description = {"Runs the examples written in lexicon, situation-cue and rules files, as the build runs the shipped ones.",
                "Prints each example that does not hold as FILE:LINE: problem, then how many held."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every example holds", "1:an example fails, or a file cannot be loaded (FILE:LINE on stderr)", "2:usage error"})
final class VerifyDataCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Data files: # empathy-lexicon, # empathy-situation-cues or # empathy-rules.")
    List<Path> files;

    @Override
    public Integer call() {
        List<DataExample> examples = new ArrayList<>();
        for (Path file : files) {
            try {
                examples.addAll(DataVerifier.examples(file));
            } catch (InvalidDataException e) {
                throw new BadInputException(e.getMessage(), e);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        int failed = 0;
        for (DataExample example : examples) {
            DataProblem problem = example.run().orElse(null);
            if (problem != null) {
                out.println(problem);
                failed++;
            }
        }
        out.println((examples.size() - failed) + " of " + examples.size() + " examples hold in " + files.size()
                + (files.size() == 1 ? " file" : " files"));
        out.flush();
        return failed == 0 ? EmpathyCli.OK : EmpathyCli.BAD_INPUT;
    }
}
