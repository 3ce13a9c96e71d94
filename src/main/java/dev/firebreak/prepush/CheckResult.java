package dev.firebreak.prepush;

import java.util.List;

/**
 * One line of the checklist, with the details one click below it.
 *
 * @param id      stable identifier for JSON and tests, e.g. {@code protected-target}
 * @param title   what is checked, e.g. "Protected target"
 * @param summary one plain sentence: what was found
 */
public record CheckResult(String id, String title, CheckStatus status, String summary, List<String> details) {
    public CheckResult {
        details = List.copyOf(details);
    }

    static CheckResult of(Check check, CheckStatus status, String summary, List<String> details) {
        return new CheckResult(check.id(), check.title(), status, summary, details);
    }

    /** The first line becomes the summary, the others the details. */
    static CheckResult lead(Check check, CheckStatus status, List<String> lines) {
        return of(check, status, lines.get(0), lines.subList(1, lines.size()));
    }

    static CheckResult of(Check check, CheckStatus status, String summary) {
        return of(check, status, summary, List.of());
    }
}
