package dev.firebreak.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A repository's {@code .firebreak.yml}: reviewed like code, so every key is explicit and a typo is an error.
 * Lives in core because both {@code firebreak lint} (rule severities) and the pre-push checklist read it.
 *
 * @param protectedBranches globs of remote branches that deploy ({@code protected:} in YAML)
 * @param migrations        path globs of migration files, added to the analyzer's own detection
 * @param rules             rule id to severity ({@code error}, {@code warning}, {@code info}, {@code off})
 * @param backup            the database whose fresh backup a migration push to a protected branch needs, or null
 * @param maxCommits        more outgoing commits than this is "pushing way more than expected"
 */
public record RepoPolicy(List<String> protectedBranches, List<String> migrations, Map<String, String> rules,
                         BackupRequirement backup, int maxCommits) {
    public static final String FILE_NAME = ".firebreak.yml";
    public static final List<String> DEFAULT_PROTECTED = List.of("main", "master", "release/*", "production", "prod");
    public static final int DEFAULT_MAX_COMMITS = 20;

    @JsonCreator
    public RepoPolicy(@JsonProperty("protected") List<String> protectedBranches,
                      @JsonProperty("migrations") List<String> migrations,
                      @JsonProperty("rules") Map<String, String> rules,
                      @JsonProperty("backup") BackupRequirement backup,
                      @JsonProperty("maxCommits") Integer maxCommits) {
        this(protectedBranches == null ? DEFAULT_PROTECTED : List.copyOf(protectedBranches),
                migrations == null ? List.of() : List.copyOf(migrations),
                rules == null ? Map.of() : Map.copyOf(rules),
                backup,
                maxCommits == null ? DEFAULT_MAX_COMMITS : maxCommits);
    }

    public static RepoPolicy defaults() {
        return new RepoPolicy(null, null, null, null, (Integer) null);
    }

    /**
     * @param profile     database connection profile name
     * @param maxAgeHours the newest verified backup must be younger than this
     */
    public record BackupRequirement(@JsonProperty(value = "profile", required = true) String profile,
                                    @JsonProperty(value = "maxAgeHours", required = true) int maxAgeHours) {
    }
}
