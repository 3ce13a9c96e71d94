package dev.firebreak.sql;

import java.util.Locale;

/** How bad a finding is: only unsuppressed {@link #ERROR}s fail {@code firebreak lint} and the pre-push check. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The more severe of the two: one finding that speaks for two rules raises the louder alarm. */
    public Severity moreSevere(Severity other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** The lower-case name used in JSON, text output and {@code .firebreak.yml}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
