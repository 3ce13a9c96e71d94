package dev.firebreak.core;

/**
 * A failure the user can act on: the message says what happened and what to do next, and is shown
 * as is (no stack trace) by the console and the CLI.
 */
public class UserFacingException extends RuntimeException {
    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
