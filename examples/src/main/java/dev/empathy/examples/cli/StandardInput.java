package dev.empathy.examples.cli;

import java.io.InputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Standard input for the commands that read it ({@code @Mixin StandardInput}), taken from the root
 * {@link EmpathyCli}, so that a failure can name the input line it happened on.
 */
@Command // picocli takes a class as a mixin only with an annotation of its own
final class StandardInput {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    private EmpathyCli root() {
        return (EmpathyCli) mixee.root().userObject();
    }

    /** Standard input as numbered lines (see {@link EmpathyCli#lines()}). */
    InputLines lines() {
        return root().lines();
    }

    /** Standard input as a stream. */
    InputStream stream() {
        return root().in();
    }
}
