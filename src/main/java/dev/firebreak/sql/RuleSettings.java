package dev.firebreak.sql;

import dev.firebreak.core.UserFacingException;
import dev.firebreak.sql.rules.Rule;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which rules run and at which severity: the defaults, overridden by {@code rules:} in {@code .firebreak.yml}. */
public final class RuleSettings {
    private final Map<Rule, Severity> severities;

    private RuleSettings(Map<Rule, Severity> severities) {
        this.severities = severities;
    }

    public static RuleSettings defaults() {
        Map<Rule, Severity> severities = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) {
            severities.put(rule, rule.defaultSeverity());
        }
        return new RuleSettings(severities);
    }

    /**
     * @param rules rule id to {@code error}, {@code warning}, {@code info} or {@code off}
     * @throws UserFacingException naming an unknown rule id or severity
     */
    public static RuleSettings fromPolicy(Map<String, String> rules) {
        RuleSettings settings = defaults();
        rules.forEach((id, value) -> {
            Rule rule = Rule.byId(id).orElseThrow(() -> new UserFacingException(
                    "unknown rule '" + id + "' in .firebreak.yml rules (known rules: " + knownIds() + ")"));
            String level = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
            if (level.equals("off")) {
                settings.severities.remove(rule);
                return;
            }
            Severity severity = Arrays.stream(Severity.values()).filter(s -> s.label().equals(level)).findFirst()
                    .orElseThrow(() -> new UserFacingException("rule '" + id + "' in .firebreak.yml: severity must be "
                            + "error, warning, info or off, not '" + value + "'"));
            settings.severities.put(rule, severity);
        });
        return settings;
    }

    /** The severity the rule reports at, or empty when it is off. */
    public Optional<Severity> severity(Rule rule) {
        return Optional.ofNullable(severities.get(rule));
    }

    /**
     * The severity of one finding that speaks for two rules (a DROP COLUMN and its CASCADE): the more severe of the
     * two that are on, or empty when both are off.
     */
    public Optional<Severity> severity(Rule rule, Rule alsoFor) {
        Optional<Severity> other = severity(alsoFor);
        return severity(rule).map(own -> other.map(own::moreSevere).orElse(own)).or(() -> other);
    }

    private static String knownIds() {
        return Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.joining(", "));
    }
}
