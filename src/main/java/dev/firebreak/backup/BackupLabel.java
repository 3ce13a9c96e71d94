package dev.firebreak.backup;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.firebreak.core.UserFacingException;
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

    @Override
    public String toString() {
        return text;
    }
}
