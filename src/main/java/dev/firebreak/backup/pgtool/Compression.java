package dev.firebreak.backup.pgtool;

import java.util.List;

/**
 * Compression of the custom-format archive. pg_dump ≤ 15 only knows gzip levels ({@code -Z 0..9}); 16+ takes
 * {@code --compress=method:level}. Level 6 is gzip's balance of speed and size.
 */
public record Compression(List<String> arguments, String description) {
    public static Compression forTool(PgTool pgDump) {
        if (pgDump.major() >= 16) {
            return new Compression(List.of("--compress=gzip:6"), "gzip:6");
        }
        return new Compression(List.of("--compress=6"), "gzip:6");
    }
}
