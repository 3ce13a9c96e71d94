package dev.firebreak.backup.retention;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;

/**
 * {@code $FIREBREAK_HOME/retention.json}, e.g. {@code {"keepAllDays": 30, "dailyDays": 7, "weeklyWeeks": 4,
 * "monthlyMonths": 12}}. No file means {@link RetentionPolicy#DEFAULT}; a missing field takes its default. Parsing
 * is strict on purpose: a typo in a field name must not silently delete backups a user meant to keep.
 */
public final class RetentionPolicyFile {
    public static final String NAME = "retention.json";
    private static final Set<String> FIELDS = Set.of("keepAllDays", "dailyDays", "weeklyWeeks", "monthlyMonths");
    private static final ObjectMapper JSON = new ObjectMapper();

    private RetentionPolicyFile() {
    }

    public static Path in(FirebreakHome home) {
        return home.root().resolve(NAME);
    }

    public static RetentionPolicy load(Path file) {
        if (!Files.exists(file)) {
            return RetentionPolicy.DEFAULT;
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new UserFacingException(file + " is not valid JSON: " + e.getOriginalMessage() + ". Nothing was deleted.");
        } catch (IOException e) {
            throw new UserFacingException("Cannot read " + file + ": " + e.getMessage() + ". Nothing was deleted.", e);
        }
        if (root == null || !root.isObject()) {
            throw new UserFacingException(file + " must be a JSON object such as {\"keepAllDays\": 30}. Nothing was deleted.");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new UserFacingException(file + ": unknown field '" + name
                        + "'; use keepAllDays, dailyDays, weeklyWeeks, monthlyMonths. Nothing was deleted.");
            }
        }
        RetentionPolicy defaults = RetentionPolicy.DEFAULT;
        int keepAllDays = field(file, root, "keepAllDays", defaults.keepAllDays());
        int dailyDays = field(file, root, "dailyDays", defaults.dailyDays());
        int weeklyWeeks = field(file, root, "weeklyWeeks", defaults.weeklyWeeks());
        int monthlyMonths = field(file, root, "monthlyMonths", defaults.monthlyMonths());
        try {
            return new RetentionPolicy(keepAllDays, dailyDays, weeklyWeeks, monthlyMonths);
        } catch (UserFacingException e) {
            throw new UserFacingException(file + ": " + e.getMessage() + " Nothing was deleted.");
        }
    }

    private static int field(Path file, JsonNode root, String name, int fallback) {
        JsonNode value = root.get(name);
        if (value == null) {
            return fallback;
        }
        if (!value.isInt()) {
            throw new UserFacingException(file + ": '" + name + "' must be a whole number, not " + value + ". Nothing was deleted.");
        }
        return value.intValue();
    }
}
