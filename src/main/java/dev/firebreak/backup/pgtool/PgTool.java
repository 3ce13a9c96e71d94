package dev.firebreak.backup.pgtool;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One {@code pg_dump} or {@code pg_restore} executable and the version it reports. */
public record PgTool(Path path, int major, String version) {
    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)(\\.\\d+)?");

    /** Parses {@code pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)}; null when it is not such a line. */
    static PgTool parse(Path path, String versionOutput) {
        Matcher matcher = VERSION.matcher(versionOutput);
        if (!matcher.find()) {
            return null;
        }
        String version = matcher.group(1) + (matcher.group(2) == null ? "" : matcher.group(2));
        return new PgTool(path, Integer.parseInt(matcher.group(1)), version);
    }
}
