package dev.firebreak.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * {@code $FIREBREAK_HOME/audit.log}: one JSON object per line, append-only. Records decisions a person must be able
 * to account for later (an override of a blocked push), so a failure to write it is an error, not a log line.
 */
public final class AuditLog {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public AuditLog(FirebreakHome home) {
        this.file = home.auditLog();
    }

    public Path file() {
        return file;
    }

    /** Appends {@code entry} as one line; a single write so concurrent hooks never interleave within a line. */
    public void append(Map<String, ?> entry) {
        try {
            PrivateFiles.createDirectories(file.getParent());
            PrivateFiles.createFile(file);
            byte[] line = (JSON.writeValueAsString(entry) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit log " + file, e);
        }
    }
}
