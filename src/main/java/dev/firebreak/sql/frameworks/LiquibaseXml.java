package dev.firebreak.sql.frameworks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Liquibase XML changelogs: change tags by their attributes, {@code <sql>} bodies as SQL; {@code <rollback>} skipped. */
public final class LiquibaseXml extends LiquibaseChangelog {
    private static final Pattern CHANGE = Pattern.compile("<(" + CHANGES + ")\\b([^>]*?)(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern COLUMN = Pattern.compile("<column\\b[^>]*\\bname\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern ROLLBACK = Pattern.compile("<rollback\\b[^>]*>");

    public LiquibaseXml(String content) {
        super(content, "<!--");
    }

    @Override
    protected List<int[]> rollbackRanges() {
        List<int[]> ranges = new ArrayList<>();
        Matcher rollback = ROLLBACK.matcher(content);
        while (rollback.find()) {
            if (!rollback.group().endsWith("/>")) {
                int close = content.indexOf("</rollback>", rollback.end());
                ranges.add(new int[] {rollback.start(), close < 0 ? content.length() : close});
            }
        }
        return ranges;
    }

    @Override
    protected void extract() {
        each(CHANGE, m -> {
            Map<String, String> a = attributes(m.group(2));
            boolean selfClosing = !m.group(3).isEmpty();
            int bodyEnd = selfClosing ? m.end() : closing(m.group(1), m.end());
            String body = content.substring(m.end(), bodyEnd);
            int at = m.start();
            if (m.group(1).equals("sql")) {
                sqlBody(m.end(), bodyEnd);
                return;
            }
            change(m.group(1), a, at, body.contains("<where"));
            Matcher column = COLUMN.matcher(m.group(1).equals("dropColumn") ? body : "");
            while (column.find()) { // <dropColumn tableName="t"><column name="a"/><column name="b"/></dropColumn>
                Map<String, String> one = new HashMap<>(a);
                one.put("columnName", column.group(1));
                change("dropColumn", one, at, false);
            }
        });
    }

    private void sqlBody(int start, int end) {
        String body = content.substring(start, end);
        int cdata = body.indexOf("<![CDATA[");
        if (cdata >= 0) {
            int close = body.indexOf("]]>", cdata);
            sql(start + cdata + 9, close < 0 ? end : start + close);
        } else {
            sql(start, end);
        }
    }

    private int closing(String tag, int from) {
        int close = content.indexOf("</" + tag + ">", from);
        return close < 0 ? content.length() : close;
    }


    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new HashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            attributes.put(attribute.group(1), attribute.group(2));
        }
        return attributes;
    }
}
