package dev.firebreak.protect;

import dev.firebreak.backup.pgtool.PgProcess;
import dev.firebreak.backup.pgtool.PgTool;
import dev.firebreak.core.FileTree;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.Timeouts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks a tar-format base backup with pg_verifybackup. Up to PostgreSQL 17, pg_verifybackup reads only plain-format
 * backups (tar support came in 18), so the tars are unpacked into a private temporary folder next to the backup first
 * ({@code base.tar.gz} as the data folder, each tablespace's {@code <oid>.tar.gz} under {@code pg_tblspc/<oid>},
 * {@code pg_wal.tar.gz} as the WAL folder) and the manifest is read where pg_basebackup left it. The temporary copy
 * is removed afterwards, whatever happened.
 */
final class BaseBackupVerifier {
    private final PgTool verifier;
    private final Clock clock;

    BaseBackupVerifier(PgTool verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    VerifyResult verify(Path backup, ProgressMonitor monitor) {
        Path scratch = null;
        Path plainLink = null;
        try {
            scratch = Files.createTempDirectory(backup.getParent(), ".verify-"); // 0700
            Path data = scratch.resolve("data");
            Path wal = scratch.resolve("wal");
            monitor.update("Unpacking the base backup to check it", -1, -1);
            try {
                unpack(backup, data, wal);
            } catch (IOException e) {
                return failed("its files cannot be unpacked (" + e.getMessage() + ")", true);
            }
            monitor.update("Checking the base backup with pg_verifybackup", -1, -1);
            boolean parseWal = ReplicationTools.canParseWal(verifier);
            Path walForTool = wal;
            if (parseWal && !ShellSafePath.isPlain(wal)) {
                plainLink = ShellSafePath.linkInTempDir(wal);
                walForTool = plainLink == null ? null : plainLink.resolve("wal");
                parseWal = walForTool != null;
            }
            List<String> arguments = new ArrayList<>(List.of("--quiet", "--manifest-path",
                    backup.resolve("backup_manifest").toString(), "--wal-directory", (parseWal ? walForTool : wal).toString()));
            if (!parseWal) {
                arguments.add("--no-parse-wal");
            }
            arguments.add(data.toString());
            PgProcess process = PgProcess.start(verifier, List.of(), arguments, System.getenv(), Timeouts.DEFAULT, line -> { });
            if (process.waitFor(monitor) != 0) {
                return failed(String.join("; ", process.errors()), parseWal);
            }
            return new VerifyResult(true, "pg_verifybackup " + verifier.version() + ": files match the manifest"
                    + (parseWal ? " and the WAL parses" : ReplicationTools.canParseWal(verifier)
                    ? " (WAL not parsed: pg_verifybackup would hand its folder's path, with characters a shell reads, to a shell)"
                    : " (WAL not parsed: pg_waldump is not installed)"), parseWal,
                    clock.instant());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check the base backup in " + backup, e);
        } finally {
            deleteQuietly(scratch);
            deleteQuietly(plainLink);
        }
    }

    private VerifyResult failed(String why, boolean walParsed) {
        return new VerifyResult(false, "pg_verifybackup found the base backup damaged: " + why, walParsed, clock.instant());
    }

    private static void unpack(Path backup, Path data, Path wal) throws IOException {
        TarGz.extract(backup.resolve("base.tar.gz"), data);
        TarGz.extract(backup.resolve("pg_wal.tar.gz"), wal);
        try (Stream<Path> files = Files.list(backup)) {
            for (Path tablespace : files.filter(file -> file.getFileName().toString().matches("\\d+\\.tar\\.gz")).toList()) {
                String oid = tablespace.getFileName().toString().replace(".tar.gz", "");
                TarGz.extract(tablespace, data.resolve("pg_tblspc").resolve(oid));
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder != null) {
            try {
                FileTree.delete(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot remove the temporary copy " + folder, e);
            }
        }
    }
}
