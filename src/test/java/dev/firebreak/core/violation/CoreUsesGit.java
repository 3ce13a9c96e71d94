package dev.firebreak.core.violation;

/** A deliberate violation for {@code LayeringRulesTest}: the kernel depending on a service. */
public final class CoreUsesGit {
    dev.firebreak.git.FileDiff diff;
}
