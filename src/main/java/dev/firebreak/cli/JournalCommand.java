package dev.firebreak.cli;

import dev.firebreak.core.Numbers;
import dev.firebreak.timeline.ChainVerification;
import dev.firebreak.timeline.Journal;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code firebreak journal}: checks on the journal itself. */
@Command(name = "journal", description = "Checks the incident journal.")
final class JournalCommand extends CommandGroup {
    @Command(name = "verify", description = "Recomputes the hash chain. Exit 0 intact, 1 broken (first bad entry named), 2 error.")
    int verify() {
        PrintWriter out = spec.commandLine().getOut();
        ChainVerification verification;
        try (Journal journal = JournalAccess.open(spec)) {
            verification = journal.verify();
        }
        if (verification.intact()) {
            out.println("Journal intact: " + Numbers.count(verification.entries()) + " entries, chain head " + verification.head());
            out.flush();
            return Cli.OK;
        }
        out.println("Journal BROKEN at entry " + verification.firstBroken().orElseThrow() + ": " + verification.problem());
        out.println("Entries before it are intact; keep a copy of journal.db and find out who changed it.");
        out.flush();
        return Cli.FAILED;
    }
}
