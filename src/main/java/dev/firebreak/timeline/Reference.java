package dev.firebreak.timeline;

import java.util.Objects;

/** Something outside the journal an entry points at: a backup, a commit, a web page. */
public record Reference(Type type, String value) {
    public enum Type { BACKUP, COMMIT, URL }

    public Reference {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }
}
