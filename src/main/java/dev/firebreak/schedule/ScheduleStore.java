package dev.firebreak.schedule;

import dev.firebreak.core.PrivateFiles;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.firebreak.core.AtomicFiles;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The schedules in {@code $FIREBREAK_HOME/schedules.json}, one per profile. */
public final class ScheduleStore {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public ScheduleStore(FirebreakHome home) {
        this.file = home.root().resolve("schedules.json");
    }

    public List<Schedule> list() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(file.toFile(), new TypeReference<List<Schedule>>() { }));
        } catch (IOException e) {
            throw new UserFacingException("Cannot read the backup schedules in " + file + ": " + e.getMessage()
                    + ". Fix or delete that file.", e);
        }
    }

    public Optional<Schedule> find(String profile) {
        return list().stream().filter(schedule -> schedule.profile().equals(profile)).findFirst();
    }

    /** Adds or replaces the profile's schedule. */
    public void save(Schedule schedule) {
        List<Schedule> schedules = new ArrayList<>(list());
        schedules.removeIf(existing -> existing.profile().equals(schedule.profile()));
        schedules.add(schedule);
        schedules.sort(Comparator.comparing(Schedule::profile));
        write(schedules);
    }

    public void remove(String profile) {
        List<Schedule> schedules = new ArrayList<>(list());
        if (schedules.removeIf(existing -> existing.profile().equals(profile))) {
            write(schedules);
        }
    }

    private void write(List<Schedule> schedules) {
        try {
            PrivateFiles.createDirectories(file.getParent());
            AtomicFiles.write(file, JSON.writeValueAsBytes(schedules));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
