package dev.firebreak.backup.manifest;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** {@code quick}: checksum and archive listing. {@code restore}: a test restore with its row counts, the only proof. */
public enum VerificationKind {
    QUICK, RESTORE;

    /** As the manifest writes it, and as messages say it. */
    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
