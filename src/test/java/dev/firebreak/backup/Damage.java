package dev.firebreak.backup;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/** What disks, networks and people do to archive files. */
final class Damage {
    private Damage() {
    }

    /** Flips one bit in the middle of the file: same size, different content. */
    static void flipByte(Path file) throws IOException {
        try (RandomAccessFile archive = new RandomAccessFile(file.toFile(), "rw")) {
            long middle = archive.length() / 2;
            archive.seek(middle);
            int original = archive.read();
            archive.seek(middle);
            archive.write(original ^ 0x01);
        }
    }

    static void truncate(Path file, int bytes) throws IOException {
        try (RandomAccessFile archive = new RandomAccessFile(file.toFile(), "rw")) {
            archive.setLength(archive.length() - bytes);
        }
    }
}
