package dev.firebreak.protect;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a transaction did to a table, most destructive first: a whole table gone before a part of its rows. */
public enum DamageKind {
    DROP, TRUNCATE, DELETE, UPDATE;

    @JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
