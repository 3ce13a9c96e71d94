package dev.firebreak.backup.catalog;

import dev.firebreak.backup.catalog.CatalogEntry.Location;
import dev.firebreak.backup.manifest.BackupManifest;
import dev.firebreak.backup.manifest.ManifestJson;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A manifest file the user opened from outside the console (a double-click in a file manager): the backup of the
 * catalog it names, or why it cannot be shown. The file only names the backup: what is shown and restored is the
 * catalog's copy, whose archive was checked when it was committed.
 */
public final class OpenedManifest {
    private OpenedManifest() {
    }

    public static CatalogEntry locate(Path file, BackupCatalog catalog) {
        BackupManifest manifest = read(file);
        CatalogEntry entry = catalog.entries(manifest.profile()).backups().stream()
                .filter(listed -> listed.manifest().id().equals(manifest.id())).findFirst()
                .orElseThrow(() -> new UserFacingException("Backup " + manifest.id() + " of " + manifest.database()
                        + " is not in this console's backups (" + catalog.local().root().resolve(manifest.profile())
                        + "). To restore from it, copy " + file.getFileName() + " and its archive there."));
        if (!entry.in(Location.S3) && !Files.exists(catalog.local().archiveFile(manifest))) {
            throw new UserFacingException("The archive of backup " + manifest.id() + " is missing: "
                    + catalog.local().archiveFile(manifest) + " does not exist, and without it nothing can be restored."
                    + " Put the archive back, or delete the backup from the Backups tab.");
        }
        return entry;
    }

    private static BackupManifest read(Path file) {
        BackupManifest manifest;
        try {
            manifest = ManifestJson.read(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new UserFacingException(file + " does not exist (any more).", e);
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException(file + " is not a Firebreak backup manifest that this version can read: "
                    + firstLine(e.getMessage()), e);
        }
        if (manifest.id() == null || manifest.profile() == null) {
            throw new UserFacingException(file + " is not a Firebreak backup manifest: it names no backup or"
                    + " profile.");
        }
        return manifest;
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
    }
}
