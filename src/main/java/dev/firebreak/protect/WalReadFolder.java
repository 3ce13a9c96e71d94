package dev.firebreak.protect;

import dev.firebreak.core.FileTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The WAL pg_waldump is to read, as links in a private scratch folder: the received segments from {@code start}'s on,
 * and the segment pg_receivewal is still writing ({@code .partial}) under its final name, since pg_waldump opens only
 * that. The newest transactions, the ones a user at 2 AM looks for, are in that file until 16 MB of WAL fill it.
 */
final class WalReadFolder implements AutoCloseable {
    private static final String PREFIX = "waldump-";
    private final Path folder;

    private WalReadFolder(Path folder) {
        this.folder = folder;
    }

    static WalReadFolder of(Path wal, WalArchive archive, Lsn start, Path scratchParent) {
        long first = start.segment(archive.segmentSize());
        Set<Long> complete = archive.segments().stream().filter(segment -> !segment.partial()).map(WalSegment::number)
                .collect(Collectors.toSet());
        Path folder;
        try {
            removeLeftovers(scratchParent);
            folder = Files.createTempDirectory(ProtectionStore.privateFolder(scratchParent), PREFIX); // 0700
            WalReadFolder read = new WalReadFolder(folder);
            try {
                for (WalSegment segment : archive.segments()) {
                    if (segment.number() < first || segment.partial() && complete.contains(segment.number())) {
                        continue;
                    }
                    String name = segment.partial() ? segment.fileName().substring(0, 24) : segment.fileName();
                    link(folder.resolve(name), wal.resolve(segment.fileName()).toAbsolutePath());
                }
                return read;
            } catch (IOException | RuntimeException e) {
                read.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the WAL for pg_waldump", e);
        }
    }

    /**
     * Folders of searches killed before they could remove their own (only links and copies are in them). Only those a
     * day old: a search running meanwhile in the console or another terminal still reads its folder.
     */
    private static void removeLeftovers(Path parent) throws IOException {
        if (!Files.isDirectory(parent)) {
            return;
        }
        FileTime dayAgo = FileTime.from(Instant.now().minus(Duration.ofDays(1)));
        try (var children = Files.list(parent)) {
            for (Path child : children.filter(path -> path.getFileName().toString().startsWith(PREFIX)).toList()) {
                if (Files.getLastModifiedTime(child, LinkOption.NOFOLLOW_LINKS).compareTo(dayAgo) < 0) {
                    FileTree.delete(child);
                }
            }
        }
    }

    /** A symbolic link, else (Windows without the right to make one) a copy: the folder lives only for one read. */
    private static void link(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(target, link);
        }
    }

    Path path() {
        return folder;
    }

    @Override
    public void close() {
        try {
            FileTree.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + folder, e);
        }
    }
}
