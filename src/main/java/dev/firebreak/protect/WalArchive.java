package dev.firebreak.protect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The WAL segments received into one profile's {@code wal/} folder, in order, and the holes between them. */
public record WalArchive(List<WalSegment> segments, List<WalGap> gaps, long segmentSize) {

    public static WalArchive scan(Path folder, long segmentSize) {
        List<WalSegment> segments = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.forEach(file -> WalSegment.parse(file.getFileName().toString(), segmentSize).ifPresent(segments::add));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        segments.sort(Comparator.comparingLong(WalSegment::number).thenComparingInt(WalSegment::timeline));
        List<WalGap> gaps = new ArrayList<>();
        for (int i = 1; i < segments.size(); i++) {
            long previous = segments.get(i - 1).number();
            long next = segments.get(i).number();
            if (next > previous + 1) { // the same number twice is a timeline switch, not a hole
                gaps.add(new WalGap(Lsn.ofSegment(previous + 1, segmentSize), Lsn.ofSegment(next, segmentSize)));
            }
        }
        return new WalArchive(List.copyOf(segments), List.copyOf(gaps), segmentSize);
    }

    public Optional<WalSegment> first() {
        return segments.isEmpty() ? Optional.empty() : Optional.of(segments.get(0));
    }

    public Optional<WalSegment> last() {
        return segments.isEmpty() ? Optional.empty() : Optional.of(segments.get(segments.size() - 1));
    }

    /** The end of the newest complete segment: WAL up to here is on disk whatever pg_receivewal reported. */
    public Optional<Lsn> completeUpTo() {
        return segments.stream().filter(segment -> !segment.partial()).reduce((a, b) -> b)
                .map(segment -> segment.end(segmentSize));
    }
}
