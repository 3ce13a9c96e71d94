package dev.firebreak.deploy;

/**
 * A name a finding touches and what it holds in the live database now.
 *
 * @param name   as the finding names it
 * @param kind   "table", "schema" (rows of all its tables), or null when the database has no such table or schema
 * @param rows   exact rows, 0 when {@code kind} is null
 */
public record TableRows(String name, String kind, long rows) {
    public boolean exists() {
        return kind != null;
    }
}
