package dev.empathy.examples.server;

/**
 * A request the server refuses, with the HTTP status and a message for the caller. The message names the
 * field or limit at fault and never quotes the request body. Immutable.
 */
final class BadRequestException extends RuntimeException {

    private final int status;

    BadRequestException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** 400 with {@code message}. */
    static BadRequestException badRequest(String message) {
        return new BadRequestException(400, message);
    }

    int status() {
        return status;
    }
}
