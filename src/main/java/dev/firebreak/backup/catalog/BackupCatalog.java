package dev.firebreak.backup.catalog;

import dev.firebreak.backup.catalog.CatalogEntry.Location;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.VerifiedArchive;
import dev.firebreak.backup.s3.RemoteStore;
import dev.firebreak.backup.s3.S3BackupStore;
import dev.firebreak.backup.s3.S3Config;
import dev.firebreak.backup.s3.S3ConfigFile;
import dev.firebreak.backup.store.ArchiveChecksum;
import dev.firebreak.backup.store.BackupStore;
import dev.firebreak.backup.store.DamagedBackup;
import dev.firebreak.backup.store.Leftover;
import dev.firebreak.backup.store.LocalBackupStore;
import dev.firebreak.backup.store.PendingArchive;
import dev.firebreak.backup.store.PendingDirectory;
import dev.firebreak.backup.store.StoreContents;
import dev.firebreak.core.FileTree;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.PrivateFiles;
import dev.firebreak.core.ProgressMonitor;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every store as one: backups are made and committed on this disk, listed from all stores merged by id, opened
 * from this disk or else downloaded from S3 first (checked against the manifest before anyone can restore), and
 * deleted everywhere (so retention applies to every store). The S3 client is built on first use only: without
 * S3 configured, or for work that stays local, the AWS SDK is never loaded.
 */
public final class BackupCatalog implements BackupStore {
    private static final Logger LOG = LoggerFactory.getLogger(BackupCatalog.class);

    private final LocalBackupStore local;
    private final S3Config s3Config;
    /** Why {@code s3.json} could not be read, or null: the local backups stay usable either way. */
    private final UserFacingException s3ConfigError;
    private RemoteStore s3;

    /** {@code s3Config} null: this disk only. */
    public BackupCatalog(LocalBackupStore local, S3Config s3Config) {
        this(local, s3Config, null);
    }

    private BackupCatalog(LocalBackupStore local, S3Config s3Config, UserFacingException s3ConfigError) {
        this.local = local;
        this.s3Config = s3Config;
        this.s3ConfigError = s3ConfigError;
    }

    /** The local store under {@code $FIREBREAK_HOME/backups} and S3 when {@code s3.json} configures it. */
    public static BackupCatalog forHome(FirebreakHome home) {
        try {
            return new BackupCatalog(LocalBackupStore.in(home), S3ConfigFile.load(S3ConfigFile.in(home)).orElse(null));
        } catch (UserFacingException e) {
            return new BackupCatalog(LocalBackupStore.in(home), null, e);
        }
    }

    LocalBackupStore local() {
        return local;
    }

    public Optional<S3Config> s3Config() {
        return Optional.ofNullable(s3Config);
    }

    public S3Config requireS3Config() {
        if (s3ConfigError != null) {
            throw s3ConfigError;
        }
        return s3Config().orElseThrow(() -> new UserFacingException(
                "S3 is not configured: firebreak s3 configure --bucket NAME [--region R] [--endpoint URL] …"));
    }

    /** Every backup of {@code profile} (null: all) with where its copies are. */
    public CatalogListing entries(String profile) {
        Map<String, BackupManifest> manifests = new LinkedHashMap<>();
        Map<String, EnumSet<Location>> where = new LinkedHashMap<>();
        StoreContents here = local.read(profile);
        for (BackupManifest manifest : here.backups()) {
            manifests.put(manifest.id(), manifest);
            where.computeIfAbsent(manifest.id(), id -> EnumSet.noneOf(Location.class)).add(Location.LOCAL);
        }
        Optional<String> problem = Optional.ofNullable(s3ConfigError).map(UserFacingException::getMessage);
        if (s3Config != null) {
            try {
                for (BackupManifest manifest : s3().list(profile)) {
                    manifests.putIfAbsent(manifest.id(), manifest); // the local manifest has this machine's drills
                    where.computeIfAbsent(manifest.id(), id -> EnumSet.noneOf(Location.class)).add(Location.S3);
                }
            } catch (UserFacingException e) {
                LOG.warn("S3 not listed: {}", e.getMessage());
                problem = Optional.of(e.getMessage());
            }
        }
        List<CatalogEntry> entries = new ArrayList<>();
        manifests.forEach((id, manifest) -> entries.add(new CatalogEntry(manifest, where.get(id))));
        entries.sort(Comparator.comparing((CatalogEntry entry) -> entry.manifest().startedAt()).reversed());
        return new CatalogListing(entries, problem, here.damaged());
    }

    @Override
    public PendingArchive create(String profile, String id) {
        return local.create(profile, id);
    }

    @Override
    public void commit(PendingArchive archive, BackupManifest manifest) {
        local.commit(archive, manifest);
    }

    @Override
    public PendingDirectory createDirectory(String profile, String id) {
        return local.createDirectory(profile, id);
    }

    @Override
    public void commit(PendingDirectory archive, BackupManifest manifest) {
        local.commit(archive, manifest);
    }

    /** The committed backups on this disk only, newest first: never a request to S3. */
    public List<BackupManifest> onThisDisk(String profile) {
        return local.list(profile);
    }

    /** The backups on this disk whose manifest cannot be read: never listed as usable, never pruned. */
    public List<DamagedBackup> damaged(String profile) {
        return local.damaged(profile);
    }

    /** What interrupted backups left on this disk; S3 uploads are whole objects and leave nothing. */
    public List<Leftover> leftovers(String profile) {
        return local.leftovers(profile);
    }

    public long removeLeftovers(List<Leftover> leftovers) {
        return local.removeLeftovers(leftovers);
    }

    @Override
    public List<BackupManifest> list(String profile) {
        return entries(profile).backups().stream().map(CatalogEntry::manifest).toList();
    }

    @Override
    public Optional<BackupManifest> find(String id) {
        Optional<BackupManifest> here = local.find(id);
        return here.isPresent() || s3Config == null ? here : inS3(id);
    }

    @Override
    public VerifiedArchive open(String id) {
        return open(id, ProgressMonitor.NONE);
    }

    @Override
    public VerifiedArchive open(String id, ProgressMonitor monitor) {
        if (local.find(id).isPresent() || s3Config == null) {
            return local.open(id);
        }
        BackupManifest manifest = inS3(id).orElseThrow(() -> new UserFacingException("No backup with id '" + id
                + "' on this disk or in " + s3Config.location() + ". See firebreak backups list."));
        return download(manifest, monitor);
    }

    /** Rewrites the manifest wherever the backup is; S3 being unreachable then only costs the S3 copy the news. */
    @Override
    public void update(BackupManifest manifest) {
        if (s3Config == null || local.find(manifest.id()).isPresent()) {
            local.update(manifest);
            if (s3Config != null) {
                try {
                    if (inS3(manifest).isPresent()) {
                        s3().update(manifest);
                    }
                } catch (UserFacingException e) {
                    LOG.warn("Recorded on this disk only, not in S3: {}", e.getMessage());
                }
            }
        } else if (inS3(manifest).isPresent()) {
            s3().update(manifest);
        } else {
            throw new UserFacingException("Backup " + manifest.id() + " was deleted meanwhile; nothing was recorded.");
        }
    }

    @Override
    public void delete(String id) {
        Optional<BackupManifest> onDisk = local.find(id);
        boolean here = onDisk.isPresent();
        Optional<BackupManifest> there = s3Config == null ? Optional.empty()
                : here ? inS3(onDisk.get()) : inS3(id);
        if (!here && there.isEmpty()) {
            throw new UserFacingException("No backup with id '" + id + "'. See firebreak backups list.");
        }
        if (here) {
            local.delete(id);
        }
        if (there.isPresent()) {
            try {
                s3().delete(there.get());
            } catch (UserFacingException e) {
                throw new UserFacingException((here ? "Backup " + id + " was deleted from this disk, but not from "
                        : "Backup " + id + " could not be deleted from ") + s3Config.location() + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Copies a backup to S3: the local archive is checked against its manifest first (a damaged copy is never
     * uploaded), then its files go up and the manifest last. Returns false when S3 already has it.
     */
    public boolean upload(String id, ProgressMonitor monitor) {
        requireS3Config();
        Optional<BackupManifest> here = local.find(id);
        if (here.isPresent() ? inS3(here.get()).isPresent() : inS3(id).isPresent()) {
            return false;
        }
        monitor.update("Checking the archive's SHA-256", 0, -1);
        VerifiedArchive archive = local.open(id);
        s3().upload(archive.manifest(), files(archive.file()), monitor);
        return true;
    }

    /** Downloads into a hidden folder, checks size and SHA-256, then renames the archive in and commits the manifest. */
    private VerifiedArchive download(BackupManifest manifest, ProgressMonitor monitor) {
        Path archive = local.archiveFile(manifest);
        Path staging = archive.resolveSibling("." + manifest.id() + ".download");
        try {
            PrivateFiles.createDirectories(staging);
            s3().download(manifest, staging, monitor);
            Path downloaded = staging.resolve(archive.getFileName());
            try {
                ArchiveChecksum.verify(downloaded, manifest);
            } catch (UserFacingException e) {
                throw new UserFacingException("The copy in " + s3Config.location() + " was refused: " + e.getMessage(), e);
            }
            Files.move(downloaded, archive, StandardCopyOption.ATOMIC_MOVE);
            local.update(manifest);
            return new VerifiedArchive(manifest, archive);
        } catch (IOException e) {
            throw new UserFacingException("Cannot store the download of backup " + manifest.id() + " in " + staging + ": "
                    + e.getMessage() + ". Nothing was restored and no database was touched.", e);
        } finally {
            deleteRecursively(staging);
        }
    }

    /**
     * The S3 copy of {@code id}, read from its manifest key under each profile this disk knows (a GET each); only an
     * id none of them has (a backup another machine made of a profile unknown here, or a mistyped id) lists S3.
     */
    private Optional<BackupManifest> inS3(String id) {
        for (String profile : localProfiles()) {
            Optional<BackupManifest> found = s3().find(profile, id);
            if (found.isPresent()) {
                return found;
            }
        }
        return s3().list(null).stream().filter(manifest -> manifest.id().equals(id)).findFirst();
    }

    /** The S3 copy of a backup whose profile is known: its manifest key, one GET. */
    private Optional<BackupManifest> inS3(BackupManifest manifest) {
        return s3().find(manifest.profile(), manifest.id());
    }

    private List<String> localProfiles() {
        if (!Files.isDirectory(local.root())) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(local.root())) {
            return dirs.filter(Files::isDirectory).map(dir -> dir.getFileName().toString())
                    .filter(name -> !name.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            return List.of(); // the listing fallback still finds it
        }
    }

    private synchronized RemoteStore s3() {
        if (s3 == null) {
            s3 = S3BackupStore.connect(s3Config);
        }
        return s3;
    }

    /** The archive's files: one for a custom-format archive, every file of a directory-format one. */
    private static List<RemoteStore.FileToUpload> files(Path archive) {
        if (!Files.isDirectory(archive)) {
            return List.of(new RemoteStore.FileToUpload(archive.getFileName().toString(), archive));
        }
        try (Stream<Path> walk = Files.walk(archive)) {
            return walk.filter(Files::isRegularFile).sorted().map(file -> new RemoteStore.FileToUpload(
                    archive.getParent().relativize(file).toString().replace('\\', '/'), file)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try {
            FileTree.delete(dir);
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}", dir, e.getMessage());
        }
    }
}
