package dev.firebreak.sql.frameworks;

import dev.firebreak.sql.statement.AlterAction;
import dev.firebreak.sql.statement.ObjectName;
import dev.firebreak.sql.statement.StatementKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquibase YAML changelogs, read line by line so findings keep their lines: a change's properties are the
 * more-indented lines below it; {@code sql:} values (inline or {@code |} blocks) are analysed as SQL.
 */
public final class LiquibaseYaml extends ScriptMigration {
    private static final Pattern CHANGE = Pattern.compile("(?m)^([ \\t-]*)(dropTable|dropColumn|renameTable|renameColumn"
            + "|modifyDataType|addNotNullConstraint|createIndex|addForeignKeyConstraint|createTable|delete|sql):[ \\t]*$");
    private static final Pattern PROPERTY = Pattern.compile("(?m)^[ \\t-]*(\\w+):[ \\t]*(.*)$");
    private static final Pattern ROLLBACK = Pattern.compile("(?m)^[ \\t-]*rollback:");

    public LiquibaseYaml(String content) {
        super(content, "#");
    }

    @Override
    protected List<int[]> rollbackRanges() {
        return blocksOf(ROLLBACK, false, false);
    }

    @Override
    protected void extract() {
        each(CHANGE, m -> {
            int at = m.start(2);
            int[] block = indentedBlock(at, false);
            Map<String, String> p = new HashMap<>();
            Matcher property = PROPERTY.matcher(content).region(m.end(), block[1]);
            while (property.find()) {
                p.putIfAbsent(property.group(1), property.group(2).replaceAll("^[\"']|[\"']$", "").trim());
                if (m.group(2).equals("sql") && property.group(1).equals("sql")) {
                    sqlValue(property.start(2), block[1]);
                }
            }
            ObjectName table = table(p, "tableName");
            switch (m.group(2)) {
                case "dropTable" -> drop(at, table, "true".equals(p.get("cascadeConstraints")));
                case "createTable" -> create(at, table);
                case "dropColumn" -> alter(at, table, AlterAction.Kind.DROP_COLUMN, p.getOrDefault("columnName", p.get("name")));
                case "renameTable" -> alter(at, table(p, "oldTableName"), AlterAction.Kind.RENAME_TABLE, p.get("newTableName"));
                case "renameColumn" -> alter(at, table, AlterAction.Kind.RENAME_COLUMN, p.get("oldColumnName"));
                case "modifyDataType" -> alter(at, table, AlterAction.Kind.ALTER_COLUMN_TYPE, p.get("columnName"));
                case "addNotNullConstraint" -> alter(at, table, AlterAction.Kind.SET_NOT_NULL, p.get("columnName"));
                case "createIndex" -> index(at, table, false);
                case "addForeignKeyConstraint" -> {
                    if (!"false".equals(p.get("validate"))) {
                        alter(at, table(p, "baseTableName"), AlterAction.Kind.ADD_FOREIGN_KEY_VALIDATING, null);
                    }
                }
                case "delete" -> dataChange(at, StatementKind.DELETE, table, p.containsKey("where"));
                default -> {
                }
            }
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
