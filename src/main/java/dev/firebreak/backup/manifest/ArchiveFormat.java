package dev.firebreak.backup.manifest;

import dev.firebreak.core.UserFacingException;
import java.util.Locale;

/**
 * How pg_dump lays an archive out: {@code custom} is one file ({@code <id>.dump}); {@code directory} is a folder
 * ({@code <id>.dir/}) of one file per table, which pg_dump and pg_restore can write and read with several jobs.
 */
public enum ArchiveFormat {
    CUSTOM,
    DIRECTORY;

    /** The manifest's {@code format} value and the pg_dump option: {@code custom}, {@code directory}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArchiveFormat of(String id) {
        if (id == null) {
            return CUSTOM; // manifests written before the directory format existed
        }
        for (ArchiveFormat format : values()) {
            if (format.id().equals(id)) {
                return format;
            }
        }
        throw new UserFacingException("Unknown archive format '" + id + "': use custom or directory.");
    }
}
