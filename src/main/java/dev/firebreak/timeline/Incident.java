package dev.firebreak.timeline;

import java.time.OffsetDateTime;

/**
 * An incident as stored: its title, severity, status, commander and postmortem text. The key timestamps are not
 * stored here but derived from milestone entries ({@link KeyTimes}), so they are as tamper-evident as the chain.
 * The standing "Operations log" is an incident row with {@code operationsLog} set: it is never "open".
 */
public record Incident(long id, String title, Severity severity, IncidentStatus status, OffsetDateTime openedAt,
                       String commander, Postmortem postmortem, boolean operationsLog) {
    public static final String OPERATIONS_LOG = "Operations log";

    public boolean isOpen() {
        return !operationsLog && status.isOpen();
    }
}
