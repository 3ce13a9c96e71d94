package dev.firebreak.sql.frameworks;

import dev.firebreak.sql.statement.AlterAction;
import dev.firebreak.sql.statement.ObjectName;
import dev.firebreak.sql.statement.StatementKind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Knex and Sequelize migrations (JavaScript or TypeScript); the {@code down} function is skipped. */
public final class KnexMigration extends ScriptMigration {
    private static final String Q = "\\s*['\"`]([\\w.]+)['\"`]";
    private static final Pattern DROP_TABLE = Pattern.compile("\\.dropTable(?:IfExists)?\\(" + Q);
    private static final Pattern CREATE_TABLE = Pattern.compile("\\.createTable(?:IfNotExists)?\\(" + Q);
    private static final Pattern TABLE_BUILDER = Pattern.compile("\\.(?:alterTable|table)\\(" + Q);
    private static final Pattern DROP_COLUMNS = Pattern.compile("\\.dropColumns?\\(([^)]*)\\)");
    private static final Pattern REMOVE_COLUMN = Pattern.compile("\\.removeColumn\\(" + Q + "\\s*," + Q);
    private static final Pattern RENAME_TABLE = Pattern.compile("\\.renameTable\\(" + Q + "\\s*," + Q);
    private static final Pattern RENAME_COLUMN_3 = Pattern.compile("\\.renameColumn\\(" + Q + "\\s*," + Q + "\\s*," + Q);
    private static final Pattern RENAME_COLUMN_2 = Pattern.compile("\\.renameColumn\\(" + Q + "\\s*," + Q + "\\s*\\)");
    private static final Pattern CHANGE_COLUMN = Pattern.compile("\\.changeColumn\\(" + Q + "\\s*," + Q);
    private static final Pattern TRUNCATE = Pattern.compile("\\bknex\\(" + Q + "\\s*\\)\\s*\\.truncate\\(");
    private static final Pattern DELETE_ALL = Pattern.compile("\\bknex\\(" + Q + "\\s*\\)\\s*\\.(?:del|delete)\\(");
    private static final Pattern BULK_DELETE_ALL = Pattern.compile("\\.bulkDelete\\(" + Q + "\\s*,\\s*(?:null|\\{\\s*}|undefined)\\s*[,)]");
    private static final Pattern UPDATE_ALL = Pattern.compile("\\bknex\\(" + Q + "\\s*\\)\\s*\\.update\\(");
    private static final Pattern BULK_UPDATE_ALL = Pattern.compile(
            "\\.bulkUpdate\\(" + Q + "\\s*,\\s*\\{[^{}]*}\\s*,\\s*(?:null|\\{\\s*}|undefined)\\s*[,)]");
    private static final Pattern DROP_TIMESTAMPS = Pattern.compile("\\.dropTimestamps\\(");
    private static final Pattern ADD_INDEX = Pattern.compile("\\.addIndex\\(" + Q + "([^)]*)");
    private static final Pattern RAW_SQL = Pattern.compile("\\.(?:raw|query)\\(");
    private static final Pattern QUOTED = Pattern.compile("['\"`](\\w+)['\"`]");
    private static final Pattern DOWN = Pattern.compile("exports\\.down\\b|\\bfunction\\s+down\\b|\\basync\\s+down\\b|\\bdown\\s*:");

    public KnexMigration(String content) {
        super(content, "//");
    }

    @Override
    protected List<int[]> rollbackRanges() {
        return Blocks.find(content, DOWN, Blocks.Style.BRACES);
    }

    @Override
    protected void extract() {
        each(DROP_TABLE, m -> drop(m.start(), name(m.group(1)), false));
        each(CREATE_TABLE, m -> create(m.start(), name(m.group(1))));
        each(DROP_COLUMNS, m -> {
            ObjectName table = builderTable(m.start());
            Matcher column = QUOTED.matcher(m.group(1));
            while (table != null && column.find()) {
                alter(m.start(), table, AlterAction.Kind.DROP_COLUMN, column.group(1));
            }
        });
        each(REMOVE_COLUMN, m -> alter(m.start(), name(m.group(1)), AlterAction.Kind.DROP_COLUMN, m.group(2)));
        each(RENAME_TABLE, m -> alter(m.start(), name(m.group(1)), AlterAction.Kind.RENAME_TABLE, m.group(2)));
        each(RENAME_COLUMN_3, m -> alter(m.start(), name(m.group(1)), AlterAction.Kind.RENAME_COLUMN, m.group(2)));
        each(RENAME_COLUMN_2, m -> {
            ObjectName table = builderTable(m.start());
            if (table != null) {
                alter(m.start(), table, AlterAction.Kind.RENAME_COLUMN, m.group(1));
            }
        });
        each(CHANGE_COLUMN, m -> alter(m.start(), name(m.group(1)), AlterAction.Kind.ALTER_COLUMN_TYPE, m.group(2)));
        each(TRUNCATE, m -> dataChange(m.start(), StatementKind.TRUNCATE, name(m.group(1)), false));
        each(DELETE_ALL, m -> dataChange(m.start(), StatementKind.DELETE, name(m.group(1)), false));
        each(BULK_DELETE_ALL, m -> dataChange(m.start(), StatementKind.DELETE, name(m.group(1)), false));
        each(UPDATE_ALL, m -> dataChange(m.start(), StatementKind.UPDATE, name(m.group(1)), false));
        each(BULK_UPDATE_ALL, m -> dataChange(m.start(), StatementKind.UPDATE, name(m.group(1)), false));
        each(DROP_TIMESTAMPS, m -> {
            ObjectName table = builderTable(m.start());
            if (table != null) {
                alter(m.start(), table, AlterAction.Kind.DROP_COLUMN, "created_at");
                alter(m.start(), table, AlterAction.Kind.DROP_COLUMN, "updated_at");
            }
        });
        each(ADD_INDEX, m -> index(m.start(), name(m.group(1)), m.group(2).matches("(?s).*concurrently\\s*:\\s*true.*")));
        each(RAW_SQL, m -> sql(m.end()));
    }

    /** The table of the nearest {@code alterTable('t', table => …)} builder before a column call. */
    private ObjectName builderTable(int offset) {
        String table = lastBefore(TABLE_BUILDER, offset);
        return table == null ? null : name(table);
    }
}
