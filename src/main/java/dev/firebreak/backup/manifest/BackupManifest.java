package dev.firebreak.backup.manifest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.firebreak.backup.connection.ConnectionProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a backup contains, written as JSON beside its archive. The row counts were taken inside the snapshot
 * that pg_dump dumped, so they describe exactly the rows in the archive. No password is ever part of it.
 *
 * <p>{@code format} is {@code custom} (one file; {@code sha256} is its hash) or {@code directory}: then {@code files}
 * lists every file of the folder with its size and SHA-256, and {@code sha256} is the SHA-256 of that list written as
 * {@code sha256sum} prints it ({@code <sha256>  <name>\n} per file, sorted by name); {@code sizeBytes} is their sum
 * and {@code jobs} the number of parallel pg_dump jobs, which pg_restore uses too.
 */
public record BackupManifest(String id, String profile, String database, String host, int port, String user,
                             String sslmode, String serverVersion, String pgDumpVersion, ArchiveFormat format,
                             String compression, Instant startedAt, Instant finishedAt, long sizeBytes,
                             String sha256, List<TableStat> tables, BackupLabel label, String toolVersion,
                             List<Verification> verifications, List<ArchiveFile> files, int jobs) {
    @JsonCreator
    public BackupManifest {
        format = format == null ? ArchiveFormat.CUSTOM : format; // written before the directory format existed
        tables = List.copyOf(tables);
        verifications = verifications == null ? List.of() : List.copyOf(verifications);
        files = files == null ? List.of() : List.copyOf(files);
        jobs = Math.max(jobs, 1);
    }

    /** A single-file archive (custom format, one job). */
    public BackupManifest(String id, String profile, String database, String host, int port, String user,
                          String sslmode, String serverVersion, String pgDumpVersion, ArchiveFormat format,
                          String compression, Instant startedAt, Instant finishedAt, long sizeBytes,
                          String sha256, List<TableStat> tables, BackupLabel label, String toolVersion,
                          List<Verification> verifications) {
        this(id, profile, database, host, port, user, sslmode, serverVersion, pgDumpVersion, format, compression,
                startedAt, finishedAt, sizeBytes, sha256, tables, label, toolVersion, verifications, List.of(), 1);
    }

    /** How to reach the database this backup came from (for test restores and comparisons). */
    @JsonIgnore
    public ConnectionProfile source() {
        return new ConnectionProfile(profile, host, port, database, user, sslmode);
    }

    /** The major version of the pg_dump that wrote the archive: pg_restore must be at least this new. */
    @JsonIgnore
    public int archiveMajor() {
        return Integer.parseInt(pgDumpVersion.split("\\.")[0]);
    }

    @JsonIgnore
    public long totalRows() {
        return tables.stream().mapToLong(TableStat::rows).sum();
    }

    /** Only a passed test restore proves a backup; a quick checksum check does not. */
    @JsonIgnore
    public boolean restoreVerified() {
        return verifications.stream().anyMatch(v -> v.passed() && v.kind() == VerificationKind.RESTORE);
    }

    public BackupManifest withVerification(Verification verification) {
        List<Verification> all = new ArrayList<>(verifications);
        all.add(verification);
        return new BackupManifest(id, profile, database, host, port, user, sslmode, serverVersion, pgDumpVersion, format,
                compression, startedAt, finishedAt, sizeBytes, sha256, tables, label, toolVersion, all, files, jobs);
    }
}
