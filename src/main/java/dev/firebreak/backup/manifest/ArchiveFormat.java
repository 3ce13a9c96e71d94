package dev.firebreak.backup.manifest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
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
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ArchiveFormat of(String id) {
        for (ArchiveFormat format : values()) {
            if (format.id().equals(id)) {
                return format;
            }
        }
        throw new UserFacingException("Unknown archive format '" + id + "': use custom or directory.");
    }
}
