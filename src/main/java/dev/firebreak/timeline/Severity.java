package dev.firebreak.timeline;

import dev.firebreak.core.UserFacingException;
import java.util.Locale;

/** How bad an incident is: SEV1 (most severe) to SEV4. */
public enum Severity {
    SEV1, SEV2, SEV3, SEV4;

    /** Accepts {@code SEV2}, {@code sev2} or {@code 2}. */
    public static Severity parse(String text) {
        String value = text.strip().toUpperCase(Locale.ROOT);
        try {
            return valueOf(value.startsWith("SEV") ? value : "SEV" + value);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("Unknown severity '" + text + "': use SEV1, SEV2, SEV3 or SEV4");
        }
    }
}
