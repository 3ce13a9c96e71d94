package dev.firebreak.ui.timeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code firebreak incident export ID --format md|html|json -o FILE} as a user runs it: a fresh JVM each time,
 * timed from start to exit. Beside it the peer that marks the floor: the {@code sqlite3} CLI writing the same
 * incident's rows into a file as JSON. Runs are interleaved, so a burst of load on the shared machine hits all alike.
 */
final class CliExports {
    private static final String COLUMNS = "id, incident_id, occurred_at, ended_at, recorded_at, author, kind, source, body, "
            + "refs, pinned, corrects, correction, previous_hash, hash";

    private CliExports() {
    }

    static void run(Path journal, long incident, Path work, int runs) throws IOException, InterruptedException {
        Path home = Files.createDirectories(work.resolve("cli-home"));
        Files.copy(journal, home.resolve("journal.db"), StandardCopyOption.REPLACE_EXISTING);
        Path out = Files.createDirectories(work.resolve("cli-export"));
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("sqlite3 -json, the same rows into a file (peer)", List.of("sqlite3", "-json", home.resolve("journal.db").toString(),
                ".output " + out.resolve("rows.json"), "SELECT " + COLUMNS + " FROM entries WHERE incident_id = " + incident + " ORDER BY id"));
        for (String format : new String[] {"md", "html", "json"}) {
            List<String> export = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "dev.firebreak.Main", "incident", "export", Long.toString(incident),
                    "--format", format, "-o", out.resolve("postmortem." + format).toString()));
            commands.put("firebreak incident export --format " + format, export);
        }
        Map<String, long[]> nanos = new LinkedHashMap<>();
        commands.keySet().forEach(name -> nanos.put(name, new long[runs]));
        for (int run = 0; run < runs; run++) {
            for (var command : commands.entrySet()) {
                nanos.get(command.getKey())[run] = timed(command.getValue(), home);
            }
        }
        double peer = median(nanos.values().iterator().next());
        for (var timing : nanos.entrySet()) {
            long[] sorted = timing.getValue().clone();
            Arrays.sort(sorted);
            System.out.printf("%-52s median %5.0f ms (range %.0f–%.0f ms, %d runs), %.1f× the peer%n", timing.getKey(),
                    median(sorted), sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6, runs, median(sorted) / peer);
        }
    }

    private static long timed(List<String> command, Path home) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("FIREBREAK_HOME", home.toString());
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        long took = System.nanoTime() - start;
        if (exit != 0) {
            throw new IllegalStateException("Exit " + exit + " from " + String.join(" ", command.subList(0, Math.min(3, command.size()))));
        }
        return took;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
