package dev.firebreak.practice;

import dev.firebreak.core.PrivateFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.firebreak.core.AtomicFiles;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.UnaryOperator;

/** The drill record in {@code practice/drill.json}, written atomically; a missing file is a drill not yet begun. */
public final class DrillStore {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Path file;
    private final Clock clock;

    public DrillStore(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    public synchronized DrillRecord load() {
        try {
            return JSON.readValue(Files.readAllBytes(file), DrillRecord.class);
        } catch (NoSuchFileException e) { // also when a practice reset removes the folder meanwhile
            return DrillRecord.start(clock.instant());
        } catch (IOException e) {
            throw new UserFacingException("Cannot read the drill record " + file + ": " + e.getMessage()
                    + ". Delete it (or reset practice mode) to start the drill again.", e);
        }
    }

    /** Applies {@code change} to the stored record and saves the result. */
    public synchronized DrillRecord update(UnaryOperator<DrillRecord> change) {
        DrillRecord updated = change.apply(load());
        try {
            PrivateFiles.createDirectories(file.getParent());
            AtomicFiles.write(file, JSON.writeValueAsBytes(updated));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return updated;
    }

    /** Starts a new run now. */
    public synchronized DrillRecord reset() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return update(record -> DrillRecord.start(clock.instant()));
    }
}
