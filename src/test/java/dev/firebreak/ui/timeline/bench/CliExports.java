package dev.firebreak.ui.timeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code firebreak incident export ID --format md|html|json -o FILE} as a user runs it: the distribution's launcher
 * ({@code target/firebreak/bin/firebreak}, with its JVM options and class-data-sharing archive, made by a first run
 * that is not counted), a fresh JVM each time, timed from start to exit, with the CPU time (user+sys) it used. Beside
 * it the peer that marks the floor: the {@code sqlite3} CLI writing the same incident's rows into a file as JSON. Runs
 * are interleaved, so a burst of load on the shared machine hits all alike.
 */
final class CliExports {
    private static final String COLUMNS = "id, incident_id, occurred_at, ended_at, recorded_at, author, kind, source, body, "
            + "refs, pinned, corrects, correction, previous_hash, hash";

    private CliExports() {
    }

    static void run(Path journal, long incident, Path work, Path launcher, int runs) throws IOException, InterruptedException {
        Path home = Files.createDirectories(work.resolve("cli-home"));
        Files.copy(journal, home.resolve("journal.db"), StandardCopyOption.REPLACE_EXISTING);
        Path out = Files.createDirectories(work.resolve("cli-export"));
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("sqlite3 -json, the same rows into a file (peer)", List.of("sqlite3", "-json", home.resolve("journal.db").toString(),
                ".output " + out.resolve("rows.json"), "SELECT " + COLUMNS + " FROM entries WHERE incident_id = " + incident + " ORDER BY id"));
        for (String format : new String[] {"md", "html", "json"}) {
            List<String> export = List.of(launcher.toString(), "incident", "export", Long.toString(incident), "--format", format,
                    "-o", out.resolve("postmortem." + format).toString());
            commands.put("firebreak incident export --format " + format, export);
            timed(export, home, new long[2]); // the launcher's first run of a command dumps its class-data-sharing archive
        }
        Map<String, long[]> nanos = new LinkedHashMap<>();
        Map<String, long[]> cpu = new LinkedHashMap<>();
        commands.keySet().forEach(name -> nanos.put(name, new long[runs]));
        commands.keySet().forEach(name -> cpu.put(name, new long[runs]));
        for (int run = 0; run < runs; run++) {
            for (var command : commands.entrySet()) {
                long[] took = new long[2];
                timed(command.getValue(), home, took);
                nanos.get(command.getKey())[run] = took[0];
                cpu.get(command.getKey())[run] = took[1];
            }
        }
        double peer = median(nanos.values().iterator().next());
        for (var timing : nanos.entrySet()) {
            long[] sorted = timing.getValue().clone();
            Arrays.sort(sorted);
            System.out.printf("%-52s median %5.0f ms (range %.0f–%.0f ms, %d runs), CPU user+sys median %5.0f ms, %.1f× the peer%n",
                    timing.getKey(), median(sorted), sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6, runs,
                    median(cpu.get(timing.getKey())), median(sorted) / peer);
        }
    }

    /** Runs {@code command}; {@code took} gets its wall time and the CPU time it used, in nanoseconds. */
    private static void timed(List<String> command, Path home, long[] took) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("FIREBREAK_HOME", home.toString());
        long cpu = childrenCpuNanos();
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        took[0] = System.nanoTime() - start;
        took[1] = childrenCpuNanos() - cpu;
        if (exit != 0) {
            throw new IllegalStateException("Exit " + exit + " from " + String.join(" ", command.subList(0, Math.min(3, command.size()))));
        }
    }

    /** User+sys time of this JVM's finished child processes (cutime and cstime in /proc/self/stat, 100 ticks a second). */
    private static long childrenCpuNanos() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * 10_000_000L; // fields 16 and 17 of proc(5)
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
