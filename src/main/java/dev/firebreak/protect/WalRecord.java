package dev.firebreak.protect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of {@code pg_waldump} output: which resource manager wrote the record, for which transaction, where, and
 * the main-fork files its block references touch. The text is pg_waldump's own, so this is read, never trusted to be
 * complete: a line that is not a record (its closing error, a summary) is skipped.
 *
 * @param xid         the transaction that wrote it (a subtransaction's own id inside a savepoint); 0 for none
 * @param operation   the first word of the description without pg_waldump's {@code +INIT} (the record also began a
 *                    new page): {@code DELETE}, {@code HOT_UPDATE}, {@code COMMIT}, {@code MULTI_INSERT} …
 * @param description what follows {@code desc: }
 */
public record WalRecord(String resourceManager, long xid, Lsn lsn, String operation, String description,
                        List<RelFile> blocks) {
    private static final Pattern LINE = Pattern.compile(
            "rmgr: (\\S+)\\s+len \\(rec/tot\\):\\s*\\d+/\\s*\\d+, tx:\\s*(\\d+), lsn: ([0-9A-F]+/[0-9A-F]+), prev [0-9A-F]+/[0-9A-F]+, desc: (.*)");
    /** {@code blkref #0: rel 1663/16384/16404 blk 0}; other forks print {@code fork fsm} before {@code blk}. */
    private static final Pattern BLOCK = Pattern.compile("blkref #\\d+: rel \\d+/(\\d+)/(\\d+) (fork \\w+ )?blk ");

    private static final Pattern TUPLES = Pattern.compile("^\\S+ (\\d+) tuples");

    public static Optional<WalRecord> parse(String line) {
        Matcher matcher = LINE.matcher(line);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String description = matcher.group(4).strip();
        int end = description.indexOf(' ');
        String operation = end < 0 ? description : description.substring(0, end);
        List<RelFile> blocks = new ArrayList<>();
        Matcher block = BLOCK.matcher(description);
        while (block.find()) {
            if (block.group(3) == null) {
                RelFile file = new RelFile(Long.parseLong(block.group(1)), Long.parseLong(block.group(2)));
                if (!blocks.contains(file)) { // an UPDATE moving a row to another page names the file twice
                    blocks.add(file);
                }
            }
        }
        return Optional.of(new WalRecord(matcher.group(1), Long.parseLong(matcher.group(2)), Lsn.parse(matcher.group(3)),
                operation.replace(",", "").replace("+INIT", ""), description, List.copyOf(blocks)));
    }

    /** How many rows a Heap2 {@code MULTI_INSERT} (COPY, bulk insert) wrote: {@code MULTI_INSERT+INIT 30 tuples}. */
    long tuples() {
        Matcher matcher = TUPLES.matcher(description);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 1;
    }

    boolean is(String manager, String op) {
        return resourceManager.equals(manager) && operation.equals(op);
    }
}
