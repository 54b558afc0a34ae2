package dev.empathy.examples.cli;

/**
 * Input a command cannot read (a malformed JSONL line, an invalid labelled file): the command line prints
 * the message on stderr and exits with {@link EmpathyCli#BAD_INPUT}. The message names the line and never
 * quotes the customer text.
 */
final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadInputException(String message, Throwable cause) {
        super(message, cause);
    }

    BadInputException(String message) {
        super(message);
    }
}
