package dev.firebreak.timeline;

/** Lessons learned, in the blameless template's three questions. */
public record Lessons(String wentWell, String wentWrong, String gotLucky) {
    public static final Lessons NONE = new Lessons("", "", "");
}
