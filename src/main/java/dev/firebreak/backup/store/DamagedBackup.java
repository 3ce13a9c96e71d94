package dev.firebreak.backup.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A backup whose manifest cannot be read (cut short by a crash, edited by hand, a full disk): its id comes from the
 * file name, and its archive may still be there. It is listed so that a person sees it, never restored, verified or
 * deleted by retention on its own: without the manifest nobody can tell what the archive holds or check it.
 */
public record DamagedBackup(String id, String profile, Path manifestFile, Optional<Path> archive, long archiveBytes,
                            String problem) {
    /** Why it is damaged and what to do, in plain words. */
    public String reason() {
        return "its manifest cannot be read: " + problem + " — the archive cannot be verified or restored; delete it"
                + " or restore the manifest from S3 if uploaded";
    }
}
