package dev.firebreak.backup.database;

import dev.firebreak.core.UserFacingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names of the databases a restore creates, e.g. {@code shop_restored_20261201_0315}. The base is shortened
 * so that the whole name fits PostgreSQL's 63 bytes instead of being cut silently by the server.
 */
public final class DatabaseNames {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC);
    private static final int STAMP_LENGTH = "yyyyMMdd_HHmmss".length();
    private static final Pattern STAMP_PATTERN = Pattern.compile("[0-9]{8}_[0-9]{6}");

    private DatabaseNames() {
    }

    public static String restored(String database, Instant at) {
        return withSuffix(database, "_restored_" + STAMP.format(at).substring(0, 13));
    }

    public static String beforeRestore(String database, Instant at) {
        return withSuffix(database, "_before_restore_" + STAMP.format(at));
    }

    public static String undone(String database, Instant at) {
        return withSuffix(database, "_undone_" + STAMP.format(at));
    }

    /** A throwaway database for a restore in progress or a verification drill. */
    public static String scratch(String database, ScratchPurpose purpose, Instant at) {
        return withSuffix(database, "_fb" + purpose.word() + "_" + STAMP.format(at));
    }

    /** What {@code name} is for if it is a {@link #scratch} name of {@code database} (shortened the same way). */
    public static Optional<ScratchPurpose> scratchPurpose(String database, String name) {
        for (ScratchPurpose purpose : ScratchPurpose.values()) {
            String sample = scratch(database, purpose, Instant.EPOCH);
            String prefix = sample.substring(0, sample.length() - STAMP_LENGTH);
            if (name.startsWith(prefix) && name.length() == sample.length()
                    && STAMP_PATTERN.matcher(name.substring(prefix.length())).matches()) {
                return Optional.of(purpose);
            }
        }
        return Optional.empty();
    }

    /** {@code name_n}, shortened to fit like the others. */
    public static String numbered(String name, int n) {
        return withSuffix(name, "_" + n);
    }

    /** A database name chosen by the user: something PostgreSQL keeps as typed (it is always quoted). */
    public static String requireValid(String name) {
        if (name == null || name.isBlank() || name.indexOf('\0') >= 0 || !name.equals(name.strip())) {
            throw new UserFacingException("'" + name + "' is not a database name: give a non-empty name without "
                    + "leading or trailing spaces.");
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > Identifiers.MAX_LENGTH) {
            throw new UserFacingException("The database name " + name + " is " + bytes + " bytes; PostgreSQL keeps at most "
                    + Identifiers.MAX_LENGTH + " (it would cut the rest off silently).");
        }
        return name;
    }

    private static String withSuffix(String database, String suffix) {
        String base = database;
        while ((base + suffix).getBytes(StandardCharsets.UTF_8).length > Identifiers.MAX_LENGTH) {
            base = base.substring(0, base.length() - 1);
        }
        return base + suffix;
    }
}
