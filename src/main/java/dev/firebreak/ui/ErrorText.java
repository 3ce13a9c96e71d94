package dev.firebreak.ui;

import dev.firebreak.core.UserFacingException;

/** What a dialog says about a failed job: the user-facing message as is, anything else without a stack trace. */
public final class ErrorText {
    private ErrorText() {
    }

    public static String of(Throwable error) {
        return error instanceof UserFacingException ? error.getMessage()
                : "Unexpected error: " + error.getMessage() + " (details in the log)";
    }
}
