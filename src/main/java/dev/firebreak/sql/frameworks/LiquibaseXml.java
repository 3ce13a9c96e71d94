package dev.firebreak.sql.frameworks;

import dev.firebreak.sql.statement.AlterAction;
import dev.firebreak.sql.statement.ObjectName;
import dev.firebreak.sql.statement.StatementKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Liquibase XML changelogs: change tags by their attributes, {@code <sql>} bodies as SQL; {@code <rollback>} skipped. */
public final class LiquibaseXml extends ScriptMigration {
    private static final Pattern CHANGE = Pattern.compile("<(dropTable|dropColumn|renameTable|renameColumn|modifyDataType"
            + "|addNotNullConstraint|createIndex|addForeignKeyConstraint|createTable|delete|sql)\\b([^>]*?)(/?)>");
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
            ObjectName table = table(a, "tableName");
            switch (m.group(1)) {
                case "dropTable" -> drop(at, table, "true".equals(a.get("cascadeConstraints")));
                case "createTable" -> create(at, table);
                case "dropColumn" -> {
                    if (a.containsKey("columnName")) {
                        alter(at, table, AlterAction.Kind.DROP_COLUMN, a.get("columnName"));
                    }
                    Matcher column = COLUMN.matcher(body);
                    while (column.find()) {
                        alter(at, table, AlterAction.Kind.DROP_COLUMN, column.group(1));
                    }
                }
                case "renameTable" -> alter(at, table(a, "oldTableName"), AlterAction.Kind.RENAME_TABLE, a.get("newTableName"));
                case "renameColumn" -> alter(at, table, AlterAction.Kind.RENAME_COLUMN, a.get("oldColumnName"));
                case "modifyDataType" -> alter(at, table, AlterAction.Kind.ALTER_COLUMN_TYPE, a.get("columnName"));
                case "addNotNullConstraint" -> alter(at, table, AlterAction.Kind.SET_NOT_NULL, a.get("columnName"));
                case "createIndex" -> index(at, table, false);
                case "addForeignKeyConstraint" -> {
                    if (!"false".equals(a.get("validate"))) {
                        alter(at, table(a, "baseTableName"), AlterAction.Kind.ADD_FOREIGN_KEY_VALIDATING, null);
                    }
                }
                case "delete" -> dataChange(at, StatementKind.DELETE, table, body.contains("<where"));
                case "sql" -> sqlBody(m.end(), bodyEnd);
                default -> {
                }
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
