package dev.firebreak.prepush;

/**
 * One finding of the SQL analyzer, reduced to what the checklist shows.
 *
 * @param error error level and not suppressed: this blocks a push to a protected branch
 */
public record SqlFinding(String file, int line, String rule, boolean error, String message) {
    public String describe() {
        return file + ":" + line + " " + rule + ": " + message;
    }
}
