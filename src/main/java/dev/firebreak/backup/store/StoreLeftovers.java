package dev.firebreak.backup.store;

import dev.firebreak.core.FileTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What interrupted backups (kill -9, a crash, a full disk) left in a local store: unfinished hidden archives, archives
 * whose manifest was never written, the writer locks of dead processes and half-written manifests. A backup still
 * being written holds its {@link WriterLock} and is never one of them.
 */
final class StoreLeftovers {
    private static final String PARTIAL = ".partial";
    /** A manifest is written in milliseconds: a temp file this old belongs to a write that was interrupted. */
    private static final Duration STALE_TEMP = Duration.ofMinutes(10);

    private StoreLeftovers() {
    }

    static List<Leftover> in(Path root, String profile) {
        List<Leftover> found = new ArrayList<>();
        for (Path dir : profileDirs(root, profile)) {
            for (Path file : list(dir)) {
                String name = file.getFileName().toString();
                String id = idOf(name);
                if (id == null || WriterLock.isHeld(WriterLock.fileFor(dir, id))) {
                    continue;
                }
                String what = whatItIs(dir, name, id, file);
                if (what != null) {
                    found.add(new Leftover(file, bytes(file), what));
                }
            }
        }
        return found;
    }

    /** Deletes {@code leftovers} that are still unclaimed; returns the bytes freed. */
    static long remove(List<Leftover> leftovers) {
        long freed = 0;
        for (Leftover leftover : leftovers) {
            Path file = leftover.path();
            String id = idOf(file.getFileName().toString());
            if (id != null && WriterLock.isHeld(WriterLock.fileFor(file.getParent(), id))) {
                continue; // a new backup of the same id started meanwhile
            }
            try {
                FileTree.delete(file);
                freed += leftover.bytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return freed;
    }

    private static String whatItIs(Path dir, String name, String id, Path file) {
        if (name.endsWith(".dump" + PARTIAL) || name.endsWith(".dir" + PARTIAL)) {
            return "the unfinished archive of an interrupted backup";
        }
        if (name.endsWith(WriterLock.SUFFIX)) {
            return "the lock of a backup whose process ended";
        }
        if ((name.endsWith(".dump") || name.endsWith(".dir")) && !name.startsWith(".")
                && !Files.exists(dir.resolve(id + LocalBackupStore.MANIFEST_EXTENSION))
                && !Files.exists(dir.resolve(id + LocalBackupStore.LEGACY_EXTENSION))) {
            return "an archive without its manifest (the backup was interrupted before it finished)";
        }
        if (name.startsWith(".") && name.endsWith(".tmp") && olderThan(file, STALE_TEMP)) {
            return "a half-written manifest";
        }
        return null;
    }

    /** The backup id a store file belongs to: {@code .<id>.dump.partial}, {@code .<id>.writing}, {@code <id>.dump}… */
    private static String idOf(String name) {
        String bare = name.startsWith(".") ? name.substring(1) : name;
        for (String suffix : List.of(".dump" + PARTIAL, ".dir" + PARTIAL, WriterLock.SUFFIX, ".dump", ".dir")) {
            if (bare.endsWith(suffix)) {
                return bare.substring(0, bare.length() - suffix.length());
            }
        }
        int manifest = bare.indexOf(LocalBackupStore.MANIFEST_EXTENSION);
        return manifest > 0 && bare.endsWith(".tmp") ? bare.substring(0, manifest) : null;
    }

    private static List<Path> profileDirs(Path root, String profile) {
        if (profile != null) {
            return Files.isDirectory(root.resolve(profile)) ? List.of(root.resolve(profile)) : List.of();
        }
        return Files.isDirectory(root) ? list(root).stream().filter(Files::isDirectory).toList() : List.of();
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long bytes(Path file) {
        try (Stream<Path> files = Files.walk(file)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            return 0; // size only
        }
    }

    private static boolean olderThan(Path file, Duration age) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(Instant.now().minus(age));
        } catch (IOException e) {
            return false;
        }
    }
}
