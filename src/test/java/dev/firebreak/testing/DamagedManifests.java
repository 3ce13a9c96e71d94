package dev.firebreak.testing;

import dev.firebreak.backup.store.LocalBackupStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A committed backup whose manifest a crash or an editor cut short in its third line. */
public final class DamagedManifests {
    private DamagedManifests() {
    }

    /** Keeps two whole lines and half of the third: the JSON ends unexpectedly at line 3. */
    public static Path truncate(LocalBackupStore store, String profile, String id) throws IOException {
        Path manifest = store.root().resolve(profile).resolve(id + LocalBackupStore.MANIFEST_EXTENSION);
        List<String> lines = Files.readAllLines(manifest);
        String third = lines.get(2);
        Files.writeString(manifest, lines.get(0) + "\n" + lines.get(1) + "\n" + third.substring(0, third.length() / 2));
        return manifest;
    }
}
