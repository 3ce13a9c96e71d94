package dev.firebreak.sql;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a file is run by a tool that stops at the first failed statement. Migration tools do (Flyway, Liquibase,
 * golang-migrate, dbmate, Prisma, Supabase, and every framework reader's ORM); a plain {@code .sql} file may be fed
 * to psql, which runs on past errors unless the file sets {@code ON_ERROR_STOP}.
 */
final class MigrationRunner {
    /** Flyway {@code V2__x.sql}, {@code V2_1__x.sql}, {@code U2__x.sql}, {@code R__x.sql}; golang-migrate {@code 001_x.up.sql}. */
    private static final Pattern TOOL_FILE_NAME = Pattern.compile("(?:[vu]\\d+(?:[._]\\d+)*__|r__).*\\.sql|\\d+_.+\\.(?:up|down)\\.sql");
    /** Prisma {@code migrations/<id>/migration.sql}, Supabase {@code supabase/migrations/…}. */
    private static final Pattern TOOL_PATH = Pattern.compile("(?:^|/)migrations/[^/]+/migration\\.sql$|(?:^|/)supabase/migrations/[^/]+\\.sql$");
    /** Liquibase formatted SQL and dbmate mark their files. */
    private static final Pattern TOOL_MARKER = Pattern.compile("^\\s*--\\s*liquibase\\s+formatted\\s+sql|^--\\s*migrate:up",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    /** Markers sit at the top of a file: a huge file is not searched to its end. */
    private static final int MARKER_WINDOW = 64 * 1024;

    private MigrationRunner() {
    }

    /** @param head the file's text, or at least its first 64 KB */
    static boolean stopsOnError(String path, FileKind kind, CharSequence head) {
        if (kind != FileKind.SQL && kind != FileKind.UNKNOWN) {
            return true;
        }
        String slashed = path.replace('\\', '/').toLowerCase(Locale.ROOT);
        String name = slashed.substring(slashed.lastIndexOf('/') + 1);
        return TOOL_FILE_NAME.matcher(name).matches() || TOOL_PATH.matcher(slashed).find()
                || TOOL_MARKER.matcher(head.subSequence(0, Math.min(head.length(), MARKER_WINDOW))).find();
    }
}
