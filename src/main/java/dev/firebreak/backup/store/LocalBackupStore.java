package dev.firebreak.backup.store;

import dev.firebreak.backup.manifest.ArchiveFormat;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.ManifestJson;
import dev.firebreak.backup.manifest.VerifiedArchive;
import dev.firebreak.core.AtomicFiles;
import dev.firebreak.core.FileTree;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.PrivateFiles;
import dev.firebreak.core.TestPausePoint;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code <root>/<profile>/<id>.dump} (or the folder {@code <id>.dir/} of a directory-format archive) + the manifest
 * {@code <id>.firebreak}. The manifest is written last and atomically: it is the commit point, so a crash at any moment
 * leaves either a complete backup or nothing in the catalog.
 *
 * <p>Manifests are JSON, but named with an extension of their own so that the installers can associate them with the
 * console (a {@code *.json} association would claim every JSON file). Earlier builds named them
 * {@code <id>.json}: those are still read, and rewritten under the new name the first time they change.
 */
public final class LocalBackupStore implements BackupStore {
    /** The manifest's extension, which the installers associate with the console. */
    public static final String MANIFEST_EXTENSION = ".firebreak";
    static final String LEGACY_EXTENSION = ".json";
    private static final Logger LOG = LoggerFactory.getLogger(LocalBackupStore.class);

    private final Path root;

    public LocalBackupStore(Path root) {
        this.root = root;
    }

    /** The store under {@code $FIREBREAK_HOME/backups}. */
    public static LocalBackupStore in(FirebreakHome home) {
        return new LocalBackupStore(home.root().resolve("backups"));
    }

    public Path root() {
        return root;
    }

    @Override
    public PendingArchive create(String profile, String id) {
        Path dir = profileDir(profile);
        Path partial = dir.resolve("." + id + ".dump.partial");
        WriterLock lock = WriterLock.take(dir, id);
        try {
            PrivateFiles.createFile(partial); // pg_dump truncates it and keeps its 0600 mode
        } catch (IOException e) {
            lock.close();
            throw new UserFacingException("Cannot create the archive " + partial + ": " + e.getMessage(), e);
        }
        return new PendingArchive(profile, id, partial, lock);
    }

    @Override
    public void commit(PendingArchive archive, BackupManifest manifest) {
        commit(archive.tempFile(), manifest);
    }

    @Override
    public PendingDirectory createDirectory(String profile, String id) {
        Path dir = profileDir(profile);
        return new PendingDirectory(profile, id, dir.resolve("." + id + ".dir.partial"), WriterLock.take(dir, id));
    }

    @Override
    public void commit(PendingDirectory archive, BackupManifest manifest) {
        commit(archive.tempDir(), manifest);
    }

    private Path profileDir(String profile) {
        Path dir = root.resolve(profile);
        try {
            return PrivateFiles.createDirectories(dir);
        } catch (IOException e) {
            throw new UserFacingException("Cannot create the backup folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Renames the finished temp file or folder into place, then writes the manifest (the commit point). When the
     * manifest cannot be written (a full disk, usually) the archive goes again: no archive is left without a manifest.
     */
    private void commit(Path temp, BackupManifest manifest) {
        Path archive = archiveFile(manifest);
        try {
            PrivateFiles.restrictTree(temp); // the files pg_dump wrote into a directory archive follow its umask
            Files.move(temp, archive, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw StoreWriteFailure.of(archive.getParent(), e, "nothing was kept.");
        }
        TestPausePoint.reached("before-manifest");
        try {
            AtomicFiles.write(manifestFile(manifest), ManifestJson.write(manifest));
        } catch (IOException e) {
            try {
                deleteArchive(manifest);
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            throw StoreWriteFailure.of(archive.getParent(), e, "nothing was kept.");
        }
    }

    @Override
    public List<BackupManifest> list(String profile) {
        return read(profile).backups();
    }

    /**
     * The backups of {@code profile} (null: all) whose manifest cannot be read, by id: {@link #list} leaves them out
     * so that nothing restores or prunes them, and this tells a person they are there.
     */
    public List<DamagedBackup> damaged(String profile) {
        return read(profile).damaged();
    }

    /** Every manifest of {@code profile} (null: all) read once: the backups newest first, and the damaged ones. */
    public StoreContents read(String profile) {
        List<BackupManifest> manifests = new ArrayList<>();
        List<DamagedBackup> damaged = new ArrayList<>();
        for (Path file : manifestFiles(profile)) {
            if (isLegacy(file) && Files.exists(renamed(file))) {
                continue; // migrated: a crash came between writing the new name and deleting the old one
            }
            try {
                manifests.add(ManifestJson.read(Files.readAllBytes(file)));
            } catch (NoSuchFileException e) {
                // deleted since the folder was read: gone, not damaged
            } catch (IOException e) {
                damaged.add(damagedBackup(file, ManifestProblem.describe(e)));
            }
        }
        manifests.sort(Comparator.comparing(BackupManifest::startedAt).reversed());
        damaged.sort(Comparator.comparing(DamagedBackup::id).reversed()); // ids start with the time: newest first
        return new StoreContents(manifests, damaged);
    }

    private static DamagedBackup damagedBackup(Path manifestFile, String problem) {
        String name = manifestFile.getFileName().toString();
        String id = name.substring(0, name.length() - (isLegacy(manifestFile) ? LEGACY_EXTENSION : MANIFEST_EXTENSION).length());
        Optional<Path> archive = Stream.of(".dump", ".dir").map(suffix -> manifestFile.resolveSibling(id + suffix))
                .filter(Files::exists).findFirst();
        return new DamagedBackup(id, manifestFile.getParent().getFileName().toString(), manifestFile, archive,
                archive.map(LocalBackupStore::bytes).orElse(0L), problem);
    }

    private static long bytes(Path archive) {
        try (Stream<Path> files = Files.walk(archive)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            return 0; // unreadable too: the reason already says what a person must do
        }
    }

    /** What interrupted backups left in the store (of {@code profile}, or of every profile when null). */
    public List<Leftover> leftovers(String profile) {
        return StoreLeftovers.in(root, profile);
    }

    /** Deletes the {@code leftovers} no live backup has claimed since they were found; returns the bytes freed. */
    public long removeLeftovers(List<Leftover> leftovers) {
        return StoreLeftovers.remove(leftovers);
    }

    @Override
    public Optional<BackupManifest> find(String id) {
        return list(null).stream().filter(manifest -> manifest.id().equals(id)).findFirst();
    }

    @Override
    public VerifiedArchive open(String id) {
        BackupManifest manifest = require(id);
        Path file = archiveFile(manifest);
        ArchiveChecksum.verify(file, manifest);
        return new VerifiedArchive(manifest, file);
    }

    @Override
    public void update(BackupManifest manifest) {
        if (!Files.exists(archiveFile(manifest))) {
            // pruned while a drill ran: rewriting the manifest would bring back a backup without its archive
            throw new UserFacingException("Backup " + manifest.id() + " was deleted meanwhile; nothing was recorded.");
        }
        try {
            AtomicFiles.write(manifestFile(manifest), ManifestJson.write(manifest));
            Files.deleteIfExists(legacyManifestFile(manifest)); // after: a crash in between still lists it once
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String id) {
        BackupManifest manifest = require(id);
        try {
            boolean deleted = Files.deleteIfExists(manifestFile(manifest));
            if (!Files.deleteIfExists(legacyManifestFile(manifest)) && !deleted) {
                throw new NoSuchFileException(manifestFile(manifest).toString(), null, "deleted meanwhile");
            }
        } catch (IOException e) {
            throw new UserFacingException("Cannot delete backup " + id + " (" + manifestFile(manifest) + "): " + e
                    + ". It is still complete and listed.", e);
        }
        try {
            deleteArchive(manifest);
        } catch (IOException e) {
            throw new UserFacingException("Backup " + id + " is out of the catalog, but its archive " + archiveFile(manifest)
                    + " could not be deleted (" + e + "): delete it by hand.", e);
        }
    }

    private void deleteArchive(BackupManifest manifest) throws IOException {
        Path archive = archiveFile(manifest);
        if (manifest.format() == ArchiveFormat.DIRECTORY) {
            FileTree.delete(archive);
        } else {
            Files.deleteIfExists(archive);
        }
    }

    private BackupManifest require(String id) {
        return find(id).orElseThrow(() -> new UserFacingException("No backup with id '" + id + "' in " + root
                + ". See firebreak backups list."));
    }

    /** The archive file, or the archive's folder for the directory format. */
    public Path archiveFile(BackupManifest manifest) {
        String suffix = manifest.format() == ArchiveFormat.DIRECTORY ? ".dir" : ".dump";
        return root.resolve(manifest.profile()).resolve(manifest.id() + suffix);
    }

    /** Where the manifest is written: {@code <id>.firebreak} beside the archive. */
    public Path manifestFile(BackupManifest manifest) {
        return root.resolve(manifest.profile()).resolve(manifest.id() + MANIFEST_EXTENSION);
    }

    private Path legacyManifestFile(BackupManifest manifest) {
        return root.resolve(manifest.profile()).resolve(manifest.id() + LEGACY_EXTENSION);
    }

    private static boolean isLegacy(Path file) {
        return file.getFileName().toString().endsWith(LEGACY_EXTENSION);
    }

    private static Path renamed(Path legacy) {
        String name = legacy.getFileName().toString();
        return legacy.resolveSibling(name.substring(0, name.length() - LEGACY_EXTENSION.length()) + MANIFEST_EXTENSION);
    }

    private List<Path> manifestFiles(String profile) {
        Path start = profile == null ? root : root.resolve(profile);
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(start, profile == null ? 2 : 1)) {
            return files.filter(file -> file.getFileName().toString().endsWith(MANIFEST_EXTENSION) || isLegacy(file))
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
