package dev.firebreak.prepush;

import dev.firebreak.core.AuditLog;
import dev.firebreak.core.EventBus;
import dev.firebreak.core.UserFacingException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lets one blocked push through, never silently: the reason goes to the audit log and onto the event bus.
 * The hook reads it from {@value #ENV}; the console asks the user to type it. (Not called "Override": in this
 * package that name would shadow {@code @Override}.)
 */
public final class PushOverride {
    public static final String ENV = "FIREBREAK_OVERRIDE";

    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;

    public PushOverride(AuditLog auditLog, EventBus events, Clock clock) {
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** Records the override of {@code checklist}'s blocked push; a blank reason is refused. */
    public PushOverridden record(Path repository, Checklist checklist, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("An override needs a reason, e.g. " + ENV + "=\"hotfix for incident 42, approved by Ana\"");
        }
        PushOverridden event = new PushOverridden(clock.instant(), repository.toString(), checklist.headline(),
                checklist.failed().stream().map(check -> check.id() + ": " + check.summary()).toList(), reason.strip());
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("at", event.at().toString());
        entry.put("event", "push-override");
        entry.put("user", System.getProperty("user.name"));
        entry.put("repository", event.repository());
        entry.put("remote", checklist.plan().remoteName());
        entry.put("updates", checklist.plan().updates().stream().map(u -> u.hookLine() + " " + u.kind()).toList());
        entry.put("headline", event.headline());
        entry.put("failed", event.failedChecks());
        entry.put("reason", event.reason());
        auditLog.append(entry);
        events.publish(event);
        return event;
    }
}
