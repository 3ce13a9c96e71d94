package dev.firebreak.ui;

/** A tab that starts its polling when shown and stops it when hidden, so hidden tabs cost nothing. */
public interface Activatable {
    void activate();

    void deactivate();
}
