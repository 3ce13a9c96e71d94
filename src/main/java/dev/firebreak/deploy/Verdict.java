package dev.firebreak.deploy;

import java.util.Locale;

/** The guard's answer to the pipeline. */
public enum Verdict {
    /** Nothing destroys stored data: run the migrations, no backup needed. */
    PASS,
    /** Something destroys rows and nobody approved it: do not run the migrations. */
    BLOCKED,
    /** Destructive, approved (or allowed in the migration): a verified pre-deploy backup and restore point exist. */
    APPROVED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
