package dev.firebreak.protect;

import dev.firebreak.core.AtomicFiles;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.PrivateFiles;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files of one protected profile under {@code $FIREBREAK_HOME/protect/<profile>/}: {@code protection.json},
 * {@code base/<id>/} (one base backup each, with its {@code catalog.json}), {@code wal/} (what pg_receivewal writes) and {@code received.json}.
 * Folders are 0700 and files 0600: a base backup holds every row and every password hash of the server.
 */
public final class ProtectionStore {
    static final String BACKUP_RECORD = "firebreak-backup.json";

    private final Path root;

    public ProtectionStore(Path root) {
        this.root = root;
    }

    public static ProtectionStore in(FirebreakHome home) {
        return new ProtectionStore(home.root().resolve("protect"));
    }

    public Path folder(String profile) {
        return root.resolve(profile);
    }

    public Path wal(String profile) {
        return folder(profile).resolve("wal");
    }

    Path base(String profile) {
        return folder(profile).resolve("base");
    }

    Path receiverPid(String profile) {
        return folder(profile).resolve("receiver.pid");
    }

    public Optional<Protection> find(String profile) {
        return read(folder(profile).resolve("protection.json"), Protection.class);
    }

    public Protection require(String profile) {
        return find(profile).orElseThrow(() -> new UserFacingException("Profile '" + profile + "' is not protected. "
                + "Enable it first: firebreak protect enable --profile " + profile));
    }

    public void save(Protection protection) {
        write(folder(protection.connection().name()).resolve("protection.json"), protection);
    }

    public Optional<ReceivedPosition> received(String profile) {
        return read(folder(profile).resolve("received.json"), ReceivedPosition.class);
    }

    void saveReceived(String profile, ReceivedPosition position) {
        write(folder(profile).resolve("received.json"), position);
    }

    /** The base backups whose record was written (a folder without one is a backup that never finished), oldest first. */
    public List<BaseBackup> baseBackups(String profile) {
        List<BaseBackup> backups = new ArrayList<>();
        if (Files.isDirectory(base(profile))) {
            try (Stream<Path> folders = Files.list(base(profile))) {
                folders.forEach(folder -> read(folder.resolve(BACKUP_RECORD), BaseBackup.class).ifPresent(backups::add));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        backups.sort(Comparator.comparing(BaseBackup::startLsn));
        return backups;
    }

    void saveBaseBackup(String profile, BaseBackup backup) {
        write(base(profile).resolve(backup.id()).resolve(BACKUP_RECORD), backup);
    }

    /** The catalog snapshot taken with a base backup; empty for base backups made before Firebreak took them. */
    Optional<CatalogSnapshot> catalog(String profile, BaseBackup backup) {
        return read(base(profile).resolve(backup.id()).resolve(CatalogSnapshot.FILE), CatalogSnapshot.class);
    }

    void saveCatalog(String profile, String backupId, CatalogSnapshot snapshot) {
        write(base(profile).resolve(backupId).resolve(CatalogSnapshot.FILE), snapshot);
    }

    /** Creates {@code folder} and its missing parents owner-only. */
    static Path privateFolder(Path folder) {
        return PrivateFiles.createDirectoriesUnchecked(folder);
    }

    private static void write(Path file, Object value) {
        privateFolder(file.getParent());
        try {
            AtomicFiles.write(file, ProtectJson.MAPPER.writeValueAsBytes(value)); // a temp file: 0600
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static <T> Optional<T> read(Path file, Class<T> type) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ProtectJson.MAPPER.readValue(file.toFile(), type));
        } catch (IOException e) {
            throw new UserFacingException("Cannot read " + file + ": " + e.getMessage() + ". Fix or move that file.", e);
        }
    }
}
