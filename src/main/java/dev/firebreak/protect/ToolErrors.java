package dev.firebreak.protect;

import java.util.List;

/** What pg_basebackup or pg_receivewal wrote to stderr, with the advice a user needs for the usual failures. */
final class ToolErrors {
    private ToolErrors() {
    }

    static String explain(List<String> errors) {
        String text = errors.isEmpty() ? "it exited without saying why." : String.join("; ", errors) + ".";
        if (text.contains("no password supplied") || text.contains("password authentication failed")) {
            return text + " A replication connection looks up ~/.pgpass (or PGPASSFILE) with the database name "
                    + "'replication': add a line host:port:replication:user:password (or * as the database).";
        }
        return text;
    }
}
