package dev.firebreak.core;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code .firebreak.yml}; a missing file means defaults, a bad one a {@link PolicyException} with its line. */
public final class RepoPolicyLoader {
    private static final String KNOWN_KEYS = "protected, migrations, rules, backup.profile, backup.maxAgeHours, maxCommits";
    private static final Set<String> SEVERITIES = Set.of("error", "warning", "info", "off");

    /** Built on first use: a YAML mapper costs the pre-push hook ~0.1 s, and most repositories have no policy file. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    private RepoPolicyLoader() {
    }

    public static RepoPolicy load(Path repositoryRoot) {
        Path file = repositoryRoot.resolve(RepoPolicy.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return RepoPolicy.defaults();
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new PolicyException(file, 0, "cannot be read: " + e.getMessage());
        }
        try {
            RepoPolicy policy = Yaml.MAPPER.readValue(text, RepoPolicy.class);
            return validate(policy == null ? RepoPolicy.defaults() : policy, file);
        } catch (UnrecognizedPropertyException e) {
            throw new PolicyException(file, lineOfKey(text, e.getPropertyName(), line(e)),
                    "unknown key '" + e.getPropertyName() + "' (known keys: " + KNOWN_KEYS + ")");
        } catch (JsonProcessingException e) {
            throw new PolicyException(file, line(e), e.getOriginalMessage());
        }
    }

    private static RepoPolicy validate(RepoPolicy policy, Path file) {
        if (policy.maxCommits() < 1) {
            throw new PolicyException(file, 0, "maxCommits must be at least 1, not " + policy.maxCommits());
        }
        if (policy.backup() != null && policy.backup().maxAgeHours() < 1) {
            throw new PolicyException(file, 0, "backup.maxAgeHours must be at least 1");
        }
        policy.rules().forEach((rule, severity) -> {
            if (severity == null || !SEVERITIES.contains(severity)) {
                throw new PolicyException(file, 0, "rules." + rule + " must be one of " + SEVERITIES
                        + ", not '" + severity + "'");
            }
        });
        return policy;
    }

    /** Jackson reports a record's unknown key only after reading the whole mapping, so look the key up. */
    private static int lineOfKey(String text, String key, int fallback) {
        Pattern keyLine = Pattern.compile("^\\s*[\"']?" + Pattern.quote(key) + "[\"']?\\s*:");
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (keyLine.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return fallback;
    }

    /** The line of the offending token: the exception's own location is already past it. */
    private static int line(JsonProcessingException e) {
        JsonLocation location = e.getProcessor() instanceof JsonParser parser ? parser.currentTokenLocation() : e.getLocation();
        return location == null ? 0 : location.getLineNr();
    }

    /** A policy file that is present but wrong: the CLI exits 2 with this message. */
    public static final class PolicyException extends UserFacingException {
        public PolicyException(Path file, int line, String what) {
            super(file + (line > 0 ? ":" + line : "") + ": " + what);
        }
    }
}
