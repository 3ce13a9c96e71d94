package dev.firebreak.git;

import dev.firebreak.core.Numbers;

/** How a {@link LeasePush} ended; {@code message} is a sentence for the user, never a stack trace. */
public record PushResult(Outcome outcome, String message) {
    public enum Outcome {
        PUSHED,
        /** The lease broke: the remote no longer has the sha that was reviewed. Nothing was pushed. */
        REMOTE_MOVED,
        FAILED
    }

    static PushResult pushed(PushPlan plan) {
        return new PushResult(Outcome.PUSHED, "Pushed " + Numbers.of(plan.updates().size(), "ref") + " to " + plan.remoteName());
    }

    static PushResult remoteMoved() {
        return new PushResult(Outcome.REMOTE_MOVED,
                "Someone pushed since you reviewed — fetch and review again. Nothing was pushed.");
    }

    static PushResult failed(String why) {
        return new PushResult(Outcome.FAILED, "Push failed: " + why);
    }

    public boolean pushed() {
        return outcome == Outcome.PUSHED;
    }
}
