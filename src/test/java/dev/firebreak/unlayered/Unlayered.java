package dev.firebreak.unlayered;

/** A deliberate violation for {@code LayeringRulesTest}: a package no layer holds. */
public final class Unlayered {
}
