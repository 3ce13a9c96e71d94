package dev.firebreak.timeline;

import dev.firebreak.core.UserFacingException;
import java.util.Locale;
import java.util.Objects;

/** Something outside the journal an entry points at: a backup, a commit, a web page. */
public record Reference(Type type, String value) {
    public enum Type { BACKUP, COMMIT, URL }

    public Reference {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    /** {@code commit:ab12cd}, {@code backup:ID}, {@code url:https://…} or a bare {@code https://…} address. */
    public static Reference parse(String text) {
        String value = text.strip();
        if (value.startsWith("https://") || value.startsWith("http://")) {
            return new Reference(Type.URL, value);
        }
        int colon = value.indexOf(':');
        try {
            if (colon > 0 && colon < value.length() - 1) {
                return new Reference(Type.valueOf(value.substring(0, colon).toUpperCase(Locale.ROOT)), value.substring(colon + 1));
            }
        } catch (IllegalArgumentException e) {
            // an unknown type: refused below with the forms that work
        }
        throw new UserFacingException("Not a reference: '" + text + "'; use commit:SHA, backup:ID or url:ADDRESS");
    }

    @Override
    public String toString() {
        return type.name().toLowerCase(Locale.ROOT) + ":" + value;
    }
}
