package dev.firebreak.practice;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One run of the drill: when each step was done, the practice backup and the incident it produced. The recovery time
 * is the story's number: from the bad deploy to all 1,247 customers back.
 *
 * @param backupId the newest backup of the practice database made during this run, or null
 * @param incident the incident the bad deploy opened, or null
 */
public record DrillRecord(Instant startedAt, Map<DrillStep, Instant> done, String backupId, Long incident) {
    public DrillRecord {
        done = done == null || done.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(done));
    }

    public static DrillRecord start(Instant at) {
        return new DrillRecord(at, Map.of(), null, null);
    }

    public boolean isDone(DrillStep step) {
        return done.containsKey(step);
    }

    /** The first step not done yet; empty when the drill is complete. */
    @JsonIgnore
    public Optional<DrillStep> current() {
        return Arrays.stream(DrillStep.values()).filter(step -> !isDone(step)).findFirst();
    }

    @JsonIgnore
    public Optional<Duration> recoveryTime() {
        Instant deployed = done.get(DrillStep.DEPLOY);
        Instant restored = done.get(DrillStep.RESTORE);
        return deployed == null || restored == null ? Optional.empty() : Optional.of(Duration.between(deployed, restored));
    }

    /** Marks {@code step} done at {@code at}; a step already done keeps its first time. */
    public DrillRecord complete(DrillStep step, Instant at) {
        if (isDone(step)) {
            return this;
        }
        Map<DrillStep, Instant> now = new EnumMap<>(DrillStep.class);
        now.putAll(done);
        now.put(step, at);
        return new DrillRecord(startedAt, now, backupId, incident);
    }

    public DrillRecord withBackup(String id) {
        return new DrillRecord(startedAt, done, id, incident);
    }

    public DrillRecord withIncident(long id) {
        return new DrillRecord(startedAt, done, backupId, id);
    }
}
