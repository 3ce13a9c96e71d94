package dev.firebreak.timeline.violation;

/** A deliberate violation for {@code LayeringRulesTest}: the journal learning of overrides from the pre-push service. */
public final class JournalKnowsOverrides {
    boolean decision(Object event) {
        return event instanceof dev.firebreak.prepush.PushOverridden;
    }
}
