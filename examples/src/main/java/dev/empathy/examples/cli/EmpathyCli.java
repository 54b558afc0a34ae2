package dev.empathy.examples.cli;

/** Placeholder entry point; the command line is built in the examples module. */
public final class EmpathyCli {
    private EmpathyCli() {
    }

    public static void main(String[] args) {
        System.out.println("empathy");
    }
}
