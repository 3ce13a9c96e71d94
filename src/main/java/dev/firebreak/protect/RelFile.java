package dev.firebreak.protect;

import java.util.Optional;

/** One relation file as WAL names it: the database's oid and the file's number ({@code relfilenode}). */
public record RelFile(long database, long fileNode) {

    /**
     * {@code base/16384/16386} or {@code pg_tblspc/16500/PG_15_202209061/16384/16386} as a COMMIT record lists dropped
     * files; empty for a shared catalog's {@code global/1262}, which belongs to no database.
     */
    static Optional<RelFile> ofPath(String path) {
        String[] parts = path.split("/");
        if (parts.length < 3 || parts[0].equals("global")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RelFile(Long.parseLong(parts[parts.length - 2]), Long.parseLong(parts[parts.length - 1])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
