package dev.firebreak.sql.frameworks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquibase YAML changelogs, read line by line so findings keep their lines: a change's properties are the
 * more-indented lines below it; {@code sql:} values (inline or {@code |} blocks) are analysed as SQL.
 */
public final class LiquibaseYaml extends LiquibaseChangelog {
    private static final Pattern CHANGE = Pattern.compile("(?m)^([ \\t-]*)(" + CHANGES + "):[ \\t]*$");
    private static final Pattern PROPERTY = Pattern.compile("(?m)^[ \\t-]*(\\w+):[ \\t]*(.*)$");
    private static final Pattern ROLLBACK = Pattern.compile("(?m)^[ \\t-]*rollback:");

    public LiquibaseYaml(String content) {
        super(content, "#");
    }

    @Override
    protected List<int[]> rollbackRanges() {
        return Blocks.find(content, ROLLBACK, Blocks.Style.INDENTED);
    }

    @Override
    protected void extract() {
        each(CHANGE, m -> {
            int at = m.start(2);
            int[] block = Blocks.at(content, at, Blocks.Style.INDENTED);
            Map<String, String> p = new HashMap<>();
            Matcher property = PROPERTY.matcher(content).region(m.end(), block[1]);
            while (property.find()) {
                p.putIfAbsent(property.group(1), property.group(2).replaceAll("^[\"']|[\"']$", "").trim());
                if (m.group(2).equals("sql") && property.group(1).equals("sql")) {
                    sqlValue(property.start(2), block[1]);
                }
            }
            change(m.group(2), p, at, p.containsKey("where"));
        });
    }

    /** {@code sql: DROP …} on one line, or {@code sql: |} followed by an indented block. */
    private void sqlValue(int valueStart, int blockEnd) {
        int lineEnd = content.indexOf('\n', valueStart);
        lineEnd = lineEnd < 0 ? content.length() : lineEnd;
        String inline = content.substring(valueStart, lineEnd).strip();
        if (inline.startsWith("|") || inline.startsWith(">")) {
            sql(Math.min(lineEnd + 1, blockEnd), blockEnd);
        } else if (inline.length() > 1 && (inline.charAt(0) == '"' || inline.charAt(0) == '\'')) {
            int open = content.indexOf(inline.charAt(0), valueStart);
            int close = content.lastIndexOf(inline.charAt(0), lineEnd - 1);
            sql(open + 1, Math.max(open + 1, close));
        } else {
            sql(valueStart, lineEnd);
        }
    }

}
