package dev.firebreak.sql.statement;

import java.util.Objects;

/**
 * A possibly schema-qualified name, already unquoted the PostgreSQL way: unquoted parts fold to lower case,
 * quoted parts keep their case with {@code ""} read as {@code "}.
 *
 * @param schema   null when not qualified
 * @param computed the name is built at run time ({@code "DROP TABLE #{table}"}, {@code "DELETE FROM " + t}):
 *                 {@code name} is the raw text, or {@code ?} when nothing follows
 */
public record ObjectName(String schema, String name, boolean computed) {
    public ObjectName {
        Objects.requireNonNull(name, "name");
    }

    public ObjectName(String schema, String name) {
        this(schema, name, false);
    }

    public static ObjectName computed(String raw) {
        return new ObjectName(null, raw.isEmpty() ? "?" : raw, true);
    }

    public static ObjectName of(String name) {
        return new ObjectName(null, name);
    }

    /**
     * Equal for names of the same table (drop-and-recreate, scratch tables): an unqualified name resolves
     * through the default search path, i.e. to {@code public}.
     */
    public String key() {
        return effectiveSchema() + '.' + name;
    }

    private String effectiveSchema() {
        return schema == null ? "public" : schema;
    }

    /** The name as one would type it: quoted again where folding would change it. */
    @Override
    public String toString() {
        if (computed) {
            return name;
        }
        return schema == null ? display(name) : display(schema) + "." + display(name);
    }

    private static String display(String part) {
        boolean plain = !part.isEmpty() && !Character.isDigit(part.charAt(0));
        for (int i = 0; i < part.length() && plain; i++) {
            char c = part.charAt(i);
            plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '$' || c >= 0x80;
        }
        return plain ? part : '"' + part.replace("\"", "\"\"") + '"';
    }
}
