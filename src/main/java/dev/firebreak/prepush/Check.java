package dev.firebreak.prepush;

/** One item of the pre-push checklist. Implementations are stateless and never touch the network. */
abstract class Check {
    private final String id;
    private final String title;

    /**
     * @param id    stable identifier for JSON and tests, e.g. {@code protected-target}
     * @param title what is checked, e.g. "Protected target"
     */
    Check(String id, String title) {
        this.id = id;
        this.title = title;
    }

    final String id() {
        return id;
    }

    final String title() {
        return title;
    }

    abstract CheckResult run(PushContext context);
}
