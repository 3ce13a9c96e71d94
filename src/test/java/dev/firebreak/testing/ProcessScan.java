package dev.firebreak.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Linux processes found by their command line in {@code /proc}: which pg tools of a test are still running. */
public final class ProcessScan {
    private ProcessScan() {
    }

    /** Pids of live processes running {@code program} (by file name) with {@code marker} in one of their arguments. */
    public static List<Long> running(String program, String marker) {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.filter(dir -> dir.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(dir -> matches(dir, program, marker))
                    .map(dir -> Long.parseLong(dir.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean matches(Path dir, String program, String marker) {
        try {
            List<String> argv = Arrays.asList(new String(Files.readAllBytes(dir.resolve("cmdline")), StandardCharsets.UTF_8)
                    .split("\0"));
            String state = Files.readString(dir.resolve("stat"));
            boolean zombie = state.substring(state.lastIndexOf(')') + 2).startsWith("Z");
            return !zombie && !argv.isEmpty() && Path.of(argv.get(0)).getFileName().toString().equals(program)
                    && argv.stream().anyMatch(argument -> argument.contains(marker));
        } catch (IOException | RuntimeException e) {
            return false; // ended while we looked
        }
    }
}
