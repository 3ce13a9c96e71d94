package dev.firebreak.backup.restore;

import dev.firebreak.backup.connection.ConnectionProfile;
import dev.firebreak.backup.manifest.ManifestJson;
import dev.firebreak.core.AtomicFiles;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code $FIREBREAK_HOME/restores/<id>.json}: one small JSON file per replace restore, written atomically, 0600. */
public final class RestoreRecords {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreRecords.class);

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path dir;

    public RestoreRecords(Path dir) {
        this.dir = dir;
    }

    /** A new record's id (and file name): its time and a random suffix. */
    public static String newId(Instant at) {
        return ID_TIME.format(at) + "-" + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
    }

    public void write(RestoreRecord record) {
        try {
            Files.createDirectories(dir);
            AtomicFiles.write(file(record), ManifestJson.MAPPER.writeValueAsBytes(record));
        } catch (IOException e) {
            throw new UserFacingException("Cannot write the restore record " + file(record) + " (" + e.getMessage()
                    + "), which Undo needs.", e);
        }
    }

    public void remove(RestoreRecord record) {
        try {
            Files.deleteIfExists(file(record));
        } catch (IOException e) {
            LOG.warn("Could not remove the restore record {}: {}", file(record), e.getMessage());
        }
    }

    /** Every readable record, newest first (an unreadable one is logged and left out: it cannot be undone safely). */
    public List<RestoreRecord> all() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<RestoreRecord> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                try {
                    RestoreRecord record = ManifestJson.MAPPER.readValue(file.toFile(), RestoreRecord.class);
                    if (!file.equals(file(record))) {
                        throw new IOException("its id " + record.id() + " does not match its file name");
                    }
                    records.add(record);
                } catch (IOException | IllegalArgumentException e) {
                    LOG.warn("Skipping unreadable restore record {}: {}", file, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        records.sort(Comparator.comparing(RestoreRecord::startedAt).reversed());
        return records;
    }

    /** The records of restores of {@code live} on {@code server}'s host and port. */
    public List<RestoreRecord> of(ConnectionProfile server) {
        return all().stream().filter(record -> record.on(server) && record.live().equals(server.database())).toList();
    }

    private Path file(RestoreRecord record) {
        if (record.id() == null || !record.id().matches("[0-9A-Za-z_-]+")) {
            throw new IllegalArgumentException("Not a restore record id: " + record.id());
        }
        return dir.resolve(record.id() + ".json");
    }
}
