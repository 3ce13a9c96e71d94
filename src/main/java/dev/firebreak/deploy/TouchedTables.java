package dev.firebreak.deploy;

import dev.firebreak.sql.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables (or schemas) a finding names. The analyzer writes every object it reports in backticks, as one would
 * type it ({@code customers}, {@code shop."Order Items"}); a name that is not a table is told apart later by the
 * database itself, so only the column of "column `x` of `t`" needs skipping here.
 */
final class TouchedTables {
    private static final Pattern QUOTED = Pattern.compile("`([^`]+)`");
    private static final Pattern COLUMN_OF = Pattern.compile("\\s+of\\s+`");

    private TouchedTables() {
    }

    static List<String> of(Finding finding) {
        String message = finding.message();
        List<String> names = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(message);
        while (matcher.find()) {
            String name = matcher.group(1);
            boolean column = COLUMN_OF.matcher(message).region(matcher.end(), message.length()).lookingAt();
            if (!column && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }
}
