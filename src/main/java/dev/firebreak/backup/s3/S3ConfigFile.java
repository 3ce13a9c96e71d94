package dev.firebreak.backup.s3;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.firebreak.core.AtomicFiles;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.PrivateFiles;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code $FIREBREAK_HOME/s3.json}: no file means backups stay on this disk only. Strict like retention.json: a
 * misspelt field must not silently send backups elsewhere or nowhere.
 */
public final class S3ConfigFile {
    public static final String NAME = "s3.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private S3ConfigFile() {
    }

    public static Path in(FirebreakHome home) {
        return home.root().resolve(NAME);
    }

    public static Optional<S3Config> load(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(Files.readAllBytes(file), S3Config.class));
        } catch (UnrecognizedPropertyException e) {
            throw new UserFacingException(file + ": unknown field '" + e.getPropertyName() + "'; use bucket, prefix, "
                    + "region, endpoint, awsProfile, sse, kmsKeyId, uploadAfterBackup.");
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof UserFacingException invalid) {
                throw new UserFacingException(file + ": " + invalid.getMessage(), invalid);
            }
            throw new UserFacingException(file + " is not a valid S3 configuration: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UserFacingException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static void save(Path file, S3Config config) {
        try {
            PrivateFiles.createDirectories(file.getParent());
            AtomicFiles.write(file, JSON.writeValueAsBytes(config));
        } catch (IOException e) {
            throw new UserFacingException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
