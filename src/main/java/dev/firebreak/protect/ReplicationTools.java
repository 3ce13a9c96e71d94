package dev.firebreak.protect;

import dev.firebreak.backup.pgtool.PgTool;
import dev.firebreak.backup.pgtool.PgTools;
import dev.firebreak.core.UserFacingException;
import java.nio.file.Files;
import java.util.List;

/**
 * pg_basebackup, pg_receivewal and pg_verifybackup of exactly the server's major, found where {@link PgTools} looks:
 * their WAL and manifest formats follow the server's, and a restore later needs binaries of that same major.
 */
final class ReplicationTools {
    private final PgTools tools;

    ReplicationTools(PgTools tools) {
        this.tools = tools;
    }

    PgTool require(String tool, int serverMajor) {
        return require(tool, serverMajor, "the PostgreSQL " + serverMajor + " client tools: apt-get install "
                + "postgresql-client-" + serverMajor + " (Debian/Ubuntu), dnf install postgresql" + serverMajor
                + " (RHEL/Fedora), brew install postgresql@" + serverMajor + " (macOS).");
    }

    /** pg_waldump reads only WAL of its own major, and Debian and Red Hat ship it with the server, not the client tools. */
    PgTool requireWalDump(int serverMajor) {
        return requireServerTool("pg_waldump", serverMajor);
    }

    /** pg_waldump, postgres, pg_controldata: Debian and Red Hat ship them with the server, not the client tools. */
    PgTool requireServerTool(String tool, int serverMajor) {
        return require(tool, serverMajor, "the PostgreSQL " + serverMajor + " server package, which brings it: "
                + "apt-get install postgresql-" + serverMajor + " (Debian/Ubuntu; the cluster it creates is not needed), "
                + "brew install postgresql@" + serverMajor + " (macOS), elsewhere the package with the server's binaries.");
    }

    private PgTool require(String tool, int serverMajor, String install) {
        List<PgTool> found = tools.find(tool);
        return found.stream().filter(candidate -> candidate.major() == serverMajor).findFirst()
                .orElseThrow(() -> new UserFacingException("Need " + tool + " " + serverMajor + " (the server is PostgreSQL "
                        + serverMajor + "), but " + (found.isEmpty() ? "none was found on PATH or in the usual install "
                        + "directories" : "only " + found.stream().map(PgTool::version).distinct().toList() + " was found")
                        + ". Nothing was changed. Install " + install));
    }

    /**
     * Whether pg_verifybackup can parse WAL: it runs the pg_waldump next to itself, which Debian ships in the server
     * package ({@code postgresql-NN}), not with the client tools.
     */
    static boolean canParseWal(PgTool verifier) {
        String name = verifier.path().getFileName().toString().endsWith(".exe") ? "pg_waldump.exe" : "pg_waldump";
        return Files.isExecutable(verifier.path().resolveSibling(name));
    }
}
