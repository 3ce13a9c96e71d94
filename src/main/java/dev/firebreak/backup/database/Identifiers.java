package dev.firebreak.backup.database;

/** SQL identifier quoting: every schema, table and database name Firebreak puts into SQL goes through here. */
public final class Identifiers {
    /** PostgreSQL's NAMEDATALEN - 1: longer names are silently truncated by the server, so we refuse them. */
    public static final int MAX_LENGTH = 63;

    private Identifiers() {
    }

    public static String quote(String identifier) {
        if (identifier == null || identifier.isEmpty() || identifier.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("Not a valid SQL identifier: " + identifier);
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** {@code "schema"."table"}. */
    public static String quote(String schema, String name) {
        return quote(schema) + "." + quote(name);
    }
}
