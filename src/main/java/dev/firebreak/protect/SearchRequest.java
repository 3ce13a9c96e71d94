package dev.firebreak.protect;

import java.time.Instant;

/**
 * What {@code pitr find} looks for.
 *
 * @param table only transactions that hit this table ({@code orders} or {@code public.orders}); null for all
 * @param since only transactions committed at or after this; null for all since the oldest usable base backup
 */
public record SearchRequest(String table, Instant since, Thresholds thresholds) {
}
