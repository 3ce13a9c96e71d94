package dev.firebreak.backup.manifest;

/** One table in a backup: how many rows it held and how much disk it used at the snapshot. */
public record TableStat(String schema, String name, long rows, long bytes) {
    /** {@code schema.name}, or just the name in {@code public}, for messages. */
    public String displayName() {
        return "public".equals(schema) ? name : schema + "." + name;
    }
}
