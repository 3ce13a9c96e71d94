package dev.firebreak.backup.pgtool;

import dev.firebreak.core.UserFacingException;

/**
 * No {@code pg_dump}/{@code pg_restore} on this machine is new enough for the server (or archive): nothing was
 * started, and retrying will not help until the user installs the client tools the message names.
 */
public final class ToolUnavailableException extends UserFacingException {
    ToolUnavailableException(String message) {
        super(message);
    }
}
