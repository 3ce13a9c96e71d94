package dev.firebreak.backup.manifest;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a verification ended: {@code passed} or {@code failed}. */
public enum VerificationResult {
    PASSED, FAILED;

    /** As the manifest writes it, and as messages say it. */
    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
