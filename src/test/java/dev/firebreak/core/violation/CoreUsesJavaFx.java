package dev.firebreak.core.violation;

/** A deliberate violation for {@code LayeringRulesTest}: a service using JavaFX. */
public final class CoreUsesJavaFx {
    javafx.scene.control.Label label;
}
