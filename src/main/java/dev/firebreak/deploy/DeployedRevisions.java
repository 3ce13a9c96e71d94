package dev.firebreak.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.firebreak.core.AtomicFiles;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.PrivateFiles;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The commit the previous successful guard let through, per database and repository: the next guard lints only what
 * changed since. One small JSON file per pair under {@code $FIREBREAK_HOME/deploys}, replaced atomically (0600).
 */
public final class DeployedRevisions {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    /** What is stored; database and repository are repeated in the file so a person can tell files apart. */
    record Deployed(String database, String repository, String revision, Instant recordedAt) {
    }

    private final Path directory;

    public DeployedRevisions(FirebreakHome home) {
        this.directory = home.root().resolve("deploys");
    }

    public Optional<String> last(String database, Path workTree) {
        Path file = file(database, workTree);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Deployed.class).revision());
        } catch (IOException e) {
            throw new UserFacingException(file + " cannot be read (" + e.getMessage() + "): delete it, or pass --since REV. "
                    + "Nothing was changed.");
        }
    }

    public void record(String database, Path workTree, String revision, Instant at) {
        Path file = file(database, workTree);
        try {
            PrivateFiles.createDirectories(directory);
            AtomicFiles.write(file, JSON.writeValueAsBytes(new Deployed(database, workTree.toString(), revision, at)));
        } catch (IOException e) {
            throw new UserFacingException("cannot record the deployed revision in " + file + ": " + e.getMessage());
        }
    }


    /** A hash of the pair: database names and paths may hold any character, a file name may not. */
    private Path file(String database, Path workTree) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((database + "\n" + workTree).getBytes(StandardCharsets.UTF_8));
            return directory.resolve(HexFormat.of().formatHex(digest, 0, 16) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
