package dev.firebreak.prepush;

/** One item of the pre-push checklist. Implementations are stateless and never touch the network. */
interface Check {
    String id();

    String title();

    CheckResult run(PushContext context);
}
