package dev.firebreak.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real JVMs append to one journal at once and are killed with SIGKILL mid-loop: every entry whose append
 * returned (its id was printed) is still there, and the two writers kept one intact chain.
 */
class KillNineTest {
    private static final int RETURNED_BEFORE_KILL = 25;

    @TempDir
    Path tmp;

    @Test
    void killNineLosesNoReturnedAppendAndConcurrentWritersKeepOneChain() throws Exception {
        String url = "jdbc:sqlite:" + tmp.resolve("journal.db");
        long incident;
        try (Journal journal = Journal.open(url, Clock.systemUTC(), "test")) {
            incident = journal.openIncident("Power cut", Severity.SEV1, EntrySource.CLI).id();
        }
        List<Process> writers = new ArrayList<>();
        List<Set<Long>> printed = new ArrayList<>();
        StringBuffer otherOutput = new StringBuffer();
        List<CompletableFuture<Void>> readers = new ArrayList<>();
        for (String name : List.of("alpha", "beta")) {
            Process writer = new ProcessBuilder(javaCommand(url, incident, name)).redirectErrorStream(true).start();
            Set<Long> ids = ConcurrentHashMap.newKeySet();
            writers.add(writer);
            printed.add(ids);
            readers.add(CompletableFuture.runAsync(() -> collectIds(writer, ids, otherOutput)));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (printed.stream().anyMatch(ids -> ids.size() < RETURNED_BEFORE_KILL) && System.nanoTime() < deadline
                && writers.stream().allMatch(Process::isAlive)) {
            Thread.sleep(20);
        }
        // SIGKILL on Linux and macOS: no shutdown hooks, no finally blocks. Through the handle: Process.destroyForcibly
        // also closes our end of the pipe, and a reader still behind then fails with "Stream closed"
        writers.forEach(writer -> writer.toHandle().destroyForcibly());
        for (Process writer : writers) {
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(writer.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        }
        readers.forEach(CompletableFuture::join);

        assertThat(printed).as(otherOutput.toString()).allSatisfy(ids -> assertThat(ids).hasSizeGreaterThanOrEqualTo(RETURNED_BEFORE_KILL));
        Set<Long> returned = printed.stream().flatMap(Set::stream).collect(Collectors.toSet());
        try (Journal journal = Journal.open(url, Clock.systemUTC(), "test")) {
            List<Entry> entries = journal.entries();
            Set<Long> stored = entries.stream().map(Entry::id).collect(Collectors.toSet());
            assertThat(stored).containsAll(returned);
            assertThat(journal.verify().intact()).isTrue();
        }
    }

    private static List<String> javaCommand(String url, long incident, String name) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), AppendLoop.class.getName(), url, Long.toString(incident), name);
    }

    /** Every line a writer printed before it died is an id whose append had returned. */
    private static void collectIds(Process writer, Set<Long> ids, StringBuffer otherOutput) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.matches("\\d+")) {
                    ids.add(Long.parseLong(line));
                } else {
                    otherOutput.append(line).append('\n');
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
