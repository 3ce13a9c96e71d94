package dev.firebreak.timeline;

/** A follow-up from the postmortem: what, who, what kind, and whether it is done. */
public record ActionItem(String text, String owner, Type type, boolean done) {
    public enum Type { PREVENT, MITIGATE, PROCESS }
}
