package dev.firebreak.backup.connection;

import dev.firebreak.core.UserFacingException;

/** The server wants a password and no libpq source had one: the console or terminal may ask the user for it. */
public final class PasswordRequiredException extends UserFacingException {
    public PasswordRequiredException(String message, Throwable cause) {
        super(message, cause);
    }
}
