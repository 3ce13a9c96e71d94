package dev.firebreak.backup.pgtool;

import dev.firebreak.core.Numbers;
import dev.firebreak.core.ProgressMonitor;
import java.util.function.LongSupplier;

/** Turns pg_dump's {@code --verbose} lines and the bytes written into progress updates. */
public final class DumpProgress {
    private final ProgressMonitor monitor;
    private final int tables;
    private final LongSupplier bytesWritten;
    private int tablesDone;
    private String current = "";
    private long reportedBytes;

    public DumpProgress(ProgressMonitor monitor, int tables, LongSupplier bytesWritten) {
        this.monitor = monitor;
        this.tables = tables;
        this.bytesWritten = bytesWritten;
    }

    /** A stderr line: "pg_dump: dumping contents of table "public.customers"" moves the table count on. */
    public synchronized void line(String line) {
        int at = line.indexOf("dumping contents of table ");
        if (at >= 0) {
            tablesDone++;
            current = line.substring(at + "dumping contents of table ".length()).replace("\"", "");
            report();
        }
    }

    /** Called while waiting for pg_dump: reports again after each further MiB on disk. */
    public synchronized void tick() {
        if (tablesDone > 0 && bytesWritten.getAsLong() - reportedBytes >= (1 << 20)) {
            report();
        }
    }

    private void report() {
        reportedBytes = bytesWritten.getAsLong();
        monitor.update("Dumping " + current + " (" + tablesDone + " of " + Numbers.of(tables, "table") + ", "
                + Numbers.bytes(reportedBytes) + ")", tablesDone, tables);
    }
}
