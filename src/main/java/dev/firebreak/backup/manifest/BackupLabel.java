package dev.firebreak.backup.manifest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.firebreak.core.UserFacingException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/** Why a backup was made. */
public enum BackupLabel {
    MANUAL("manual"), SCHEDULED("scheduled"), PRE_RESTORE("pre-restore"), PRE_PUSH("pre-push"),
    /** Taken by {@code firebreak guard} right before destructive migrations run. */
    PRE_DEPLOY("pre-deploy");

    private final String text;

    BackupLabel(String text) {
        this.text = text;
    }

    @JsonValue
    public String text() {
        return text;
    }

    @JsonCreator
    public static BackupLabel of(String text) {
        return Arrays.stream(values()).filter(label -> label.text.equals(text)).findFirst()
                .orElseThrow(() -> new UserFacingException("Unknown backup label '" + text
                        + "': use manual, scheduled, pre-restore, pre-push or pre-deploy."));
    }

    /**
     * How a list names a backup made for this reason. A safety copy holds the database as it was before a replace
     * restore (often the broken one): "copy of shop as it was before the restore of 12:43".
     */
    public String describe(String database, Instant madeAt, ZoneId zone) {
        return this == PRE_RESTORE ? "copy of " + database + " as it was before the restore of "
                + DateTimeFormatter.ofPattern("HH:mm").format(madeAt.atZone(zone)) : text;
    }

    @Override
    public String toString() {
        return text;
    }
}
