package dev.firebreak.backup.violation;

import dev.firebreak.core.FirebreakHome;

/** A deliberate violation for {@code LayeringRulesTest}: a service looking up the home itself. */
public final class ResolvesHome {
    FirebreakHome home() {
        return FirebreakHome.resolve();
    }
}
