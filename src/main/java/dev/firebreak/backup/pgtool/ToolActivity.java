package dev.firebreak.backup.pgtool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Whether a running pg tool still shows life: a new stderr line, or bytes read or written by it or its workers
 * (Linux's {@code /proc/PID/io}, which counts the socket to the server as well as the archive). Silence for longer
 * than the stall timeout means the tool waits for a server that does not answer. Without {@code /proc} (macOS,
 * Windows) a quiet tool cannot be told from a busy one, so nothing is ever called stalled there.
 */
final class ToolActivity {
    private final ProcessHandle process;
    private final Duration stall;
    private long lastSignature = Long.MIN_VALUE;
    private long lastChange = System.nanoTime();

    ToolActivity(ProcessHandle process, Duration stall) {
        this.process = process;
        this.stall = stall;
    }

    /** @param linesSoFar how many stderr lines the tool has written; returns true once it was silent too long */
    boolean stalled(long linesSoFar) {
        OptionalLong bytes = bytesMoved();
        if (bytes.isEmpty()) {
            return false;
        }
        long signature = bytes.getAsLong() * 31 + linesSoFar;
        long now = System.nanoTime();
        if (signature != lastSignature) {
            lastSignature = signature;
            lastChange = now;
            return false;
        }
        return now - lastChange > stall.toNanos();
    }

    private OptionalLong bytesMoved() {
        OptionalLong own = bytesOf(process);
        if (own.isEmpty()) {
            return own;
        }
        try (Stream<ProcessHandle> workers = process.descendants()) {
            return OptionalLong.of(own.getAsLong() + workers.map(ToolActivity::bytesOf)
                    .mapToLong(bytes -> bytes.orElse(0)).sum());
        }
    }

    private static OptionalLong bytesOf(ProcessHandle process) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", String.valueOf(process.pid()), "io"))) {
            return OptionalLong.of(lines.filter(line -> line.startsWith("rchar:") || line.startsWith("wchar:"))
                    .mapToLong(line -> Long.parseLong(line.substring(6).strip())).sum());
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty(); // no /proc here, or the process just ended
        }
    }
}
