package dev.firebreak.timeline.export;

/**
 * The written sections of the postmortem template, with the blameless question each one answers. The export
 * prints the question where nothing is written yet; the console shows it in the empty field.
 */
public enum TemplateSection {
    SUMMARY("Summary", "What happened, in two or three sentences?"),
    IMPACT("Impact", "Who and what was affected, how badly, and for how long?"),
    ROOT_CAUSES("Root causes", "Which conditions in our systems and processes made this possible?"),
    TRIGGER("Trigger", "Which change or event set it off?"),
    RESOLUTION("Resolution", "What brought the service back, and what is left to do?"),
    DETECTION("Detection", "How did we find out, and how could our tooling have told us sooner?"),
    ACTION_ITEMS("Action items", "What will we change so this cannot happen again, or hurts less? Each item has an owner."),
    WENT_WELL("What went well", "What helped us?"),
    WENT_WRONG("What went wrong", "Where did our systems or processes let us down?"),
    GOT_LUCKY("Where we got lucky", "What could have made this worse?");

    private final String title;
    private final String prompt;

    TemplateSection(String title, String prompt) {
        this.title = title;
        this.prompt = prompt;
    }

    public String title() {
        return title;
    }

    public String prompt() {
        return prompt;
    }
}
