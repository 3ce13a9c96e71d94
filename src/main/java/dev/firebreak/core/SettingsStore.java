package dev.firebreak.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads and saves {@link Settings}; a save never leaves a half-written file behind. */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public SettingsStore(FirebreakHome home) {
        this.file = home.settingsFile();
    }

    /** The saved settings, or defaults when there are none or the file cannot be read (logged, not fatal). */
    public Settings load() {
        if (!Files.exists(file)) {
            return new Settings();
        }
        try {
            return JSON.readValue(file.toFile(), Settings.class);
        } catch (IOException e) {
            LOG.warn("Ignoring unreadable settings file {}: {}", file, e.getMessage());
            return new Settings();
        }
    }

    public void save(Settings settings) throws IOException {
        PrivateFiles.createDirectories(file.getParent());
        AtomicFiles.write(file, JSON.writeValueAsBytes(settings));
    }
}
