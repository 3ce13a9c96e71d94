package dev.firebreak.protect;

import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import java.util.List;

/**
 * The live database as it was at a recovery target, in a promoted {@link SandboxServer}: the base backup that ended
 * before the target, and the WAL received since, read from a folder of links that also presents the segment
 * pg_receivewal is still writing under its final name (the newest transactions are in it). Closing stops the server
 * and removes both folders.
 */
final class RecoverySandbox implements AutoCloseable {
    private final WalReadFolder wal;
    private final SandboxServer server;
    private final BaseBackup backup;

    private RecoverySandbox(WalReadFolder wal, SandboxServer server, BaseBackup backup) {
        this.wal = wal;
        this.server = server;
        this.backup = backup;
    }

    /**
     * @param before the target's WAL position if known (a found transaction's commit), to choose a base backup that
     *               ended before it; else the oldest usable base backup, whose WAL reaches furthest
     */
    static RecoverySandbox open(ProtectionStore store, ReplicationTools tools, String profile, String user,
                                List<String> target, Lsn before, ProgressMonitor monitor) {
        Protection protection = store.require(profile);
        BaseBackup backup = store.baseBackups(profile).stream()
                .filter(candidate -> candidate.verified() == null || candidate.verified().ok())
                .filter(candidate -> before == null || before.isAtLeast(candidate.endLsn()))
                .reduce((older, newer) -> before == null ? older : newer)
                .orElseThrow(() -> new UserFacingException("No usable base backup of '" + profile + "' ended before "
                        + (before == null ? "now" : before) + ", so there is nothing to replay from. Nothing was "
                        + "changed. See: firebreak protect status --profile " + profile));
        int major = protection.serverMajor();
        SandboxServer.Binaries binaries = new SandboxServer.Binaries(tools.requireServerTool("postgres", major),
                tools.requireServerTool("pg_controldata", major), tools.require("psql", major));
        WalArchive archive = WalArchive.scan(store.wal(profile), protection.segmentSize());
        WalReadFolder wal = WalReadFolder.of(store.wal(profile), archive, backup.startLsn(), store.folder(profile));
        try {
            SandboxServer server = SandboxServer.recover(store.folder(profile), store.base(profile).resolve(backup.id()),
                    wal.path(), target, user, binaries, monitor);
            return new RecoverySandbox(wal, server, backup);
        } catch (RuntimeException e) {
            wal.close();
            throw e;
        }
    }

    SandboxServer server() {
        return server;
    }

    BaseBackup baseBackup() {
        return backup;
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            wal.close();
        }
    }
}
