package dev.firebreak.backup.connection;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.firebreak.core.AtomicFiles;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.PrivateFiles;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Connection profiles in {@code $FIREBREAK_HOME/profiles.json}: hosts and users only, never passwords. */
public final class ProfileStore {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public ProfileStore(FirebreakHome home) {
        this.file = home.root().resolve("profiles.json");
    }

    public List<ConnectionProfile> list() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(file.toFile(), new TypeReference<List<ConnectionProfile>>() { }));
        } catch (IOException e) {
            throw new UserFacingException("Cannot read the connection profiles in " + file + ": " + e.getMessage()
                    + ". Fix or delete that file.", e);
        }
    }

    public Optional<ConnectionProfile> find(String name) {
        return list().stream().filter(profile -> profile.name().equals(name)).findFirst();
    }

    public ConnectionProfile require(String name) {
        return find(name).orElseThrow(() -> new UserFacingException("No connection profile named '" + name
                + "'. Add one: firebreak profile add " + name + " --db postgresql://user@host:5432/db"));
    }

    /** Adds or replaces the profile with the same name. */
    public void save(ConnectionProfile profile) {
        List<ConnectionProfile> profiles = new ArrayList<>(list());
        profiles.removeIf(existing -> existing.name().equals(profile.name()));
        profiles.add(profile);
        profiles.sort(Comparator.comparing(ConnectionProfile::name));
        try {
            PrivateFiles.createDirectories(file.getParent());
            AtomicFiles.write(file, JSON.writeValueAsBytes(profiles));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
