package dev.firebreak.sql.lex;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A psql meta-command that turns {@code ON_ERROR_STOP} on or off. Without it psql runs on past a failed statement,
 * so a {@code CREATE TABLE t} that failed (t already exists) is followed by the statements meant for the new table.
 *
 * @param offset where the meta-command starts in the source
 */
public record ErrorStop(int offset, boolean on) {
    private static final Pattern COMMAND = Pattern.compile("\\\\(set|unset)\\s+ON_ERROR_STOP\\b\\s*(\\S*)");

    /** The setting in {@code s[start, end)} (one meta-command line), if it is about ON_ERROR_STOP. */
    static Optional<ErrorStop> parse(char[] s, int start, int end) {
        if (end - start < 18) { // "\set ON_ERROR_STOP" is the shortest; other meta-commands cost no regex
            return Optional.empty();
        }
        Matcher m = COMMAND.matcher(new String(s, start, end - start));
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        // psql booleans: on/true/yes/1 (and an empty value) mean on
        String value = m.group(2).replaceAll("^['\"]|['\"]$", "").toLowerCase(Locale.ROOT);
        boolean on = m.group(1).equals("set") && (value.isEmpty() || value.equals("on") || value.equals("true")
                || value.equals("yes") || value.equals("1"));
        return Optional.of(new ErrorStop(start, on));
    }
}
