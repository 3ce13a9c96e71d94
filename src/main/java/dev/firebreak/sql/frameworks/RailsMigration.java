package dev.firebreak.sql.frameworks;

import dev.firebreak.sql.statement.AlterAction;
import java.util.List;
import java.util.regex.Pattern;

/** ActiveRecord migrations: {@code drop_table}, {@code remove_column}, {@code create_table force:}, {@code execute "…"} … */
public final class RailsMigration extends ScriptMigration {
    private static final String NAME = "\\(?\\s*[:\"']?([\\w.]+)[\"']?";
    private static final String NEXT = "\\s*,\\s*[:\"']?(\\w+)[\"']?";
    private static final Pattern DROP_TABLE = Pattern.compile("\\bdrop_table\\b\\s*" + NAME + "([^\\n]*)");
    private static final Pattern CREATE_TABLE = Pattern.compile("\\bcreate_table\\b\\s*" + NAME + "([^\\n]*)");
    private static final Pattern REMOVE_COLUMN = Pattern.compile("\\bremove_column\\b\\s*" + NAME + NEXT);
    private static final Pattern REMOVE_COLUMNS = Pattern.compile("\\bremove_columns\\b\\s*" + NAME + "((?:\\s*,\\s*[:\"']\\w+[\"']?)+)");
    private static final Pattern REMOVE_REFERENCE = Pattern.compile("\\bremove_(?:reference|belongs_to)\\b\\s*" + NAME + NEXT);
    private static final Pattern RENAME_TABLE = Pattern.compile("\\brename_table\\b\\s*" + NAME + NEXT);
    private static final Pattern RENAME_COLUMN = Pattern.compile("\\brename_column\\b\\s*" + NAME + NEXT);
    private static final Pattern CHANGE_COLUMN = Pattern.compile("\\bchange_column\\b\\s*" + NAME + NEXT);
    private static final Pattern CHANGE_NULL = Pattern.compile("\\bchange_column_null\\b\\s*" + NAME + NEXT + "\\s*,\\s*false");
    private static final Pattern ADD_INDEX = Pattern.compile("\\badd_index\\b\\s*" + NAME + "([^\\n]*)");
    private static final Pattern ADD_FOREIGN_KEY = Pattern.compile("\\badd_foreign_key\\b\\s*" + NAME + "([^\\n]*)");
    private static final Pattern EXECUTE = Pattern.compile("\\bexecute\\b");
    private static final Pattern DOWN = Pattern.compile("(?m)^[ \\t]*def\\s+(?:self\\.)?down\\b");

    public RailsMigration(String content) {
        super(content, "#");
    }

    @Override
    protected List<int[]> rollbackRanges() {
        return Blocks.find(content, DOWN, Blocks.Style.RUBY_END);
    }

    @Override
    protected void extract() {
        each(DROP_TABLE, m -> drop(m.start(), name(m.group(1)), m.group(2).contains("cascade")));
        each(CREATE_TABLE, m -> {
            if (m.group(2).matches(".*\\bforce:\\s*(true|:cascade).*")) { // drops the existing table first
                drop(m.start(), name(m.group(1)), m.group(2).contains(":cascade"));
            }
            create(m.start(), name(m.group(1)));
        });
        each(REMOVE_COLUMN, m -> alter(m.start(), name(m.group(1)), AlterAction.Kind.DROP_COLUMN, m.group(2)));
        each(REMOVE_COLUMNS, m -> {
            for (String column : m.group(2).replaceAll("[:\"'\\s]", "").split(",")) {
                if (!column.isEmpty()) {
                    alter(m.start(), name(m.group(1)), AlterAction.Kind.DROP_COLUMN, column);
                }
            }
        });
        each(REMOVE_REFERENCE, m -> alter(m.start(), name(m.group(1)), AlterAction.Kind.DROP_COLUMN, m.group(2) + "_id"));
        each(RENAME_TABLE, m -> alter(m.start(), name(m.group(1)), AlterAction.Kind.RENAME_TABLE, m.group(2)));
        each(RENAME_COLUMN, m -> alter(m.start(), name(m.group(1)), AlterAction.Kind.RENAME_COLUMN, m.group(2)));
        each(CHANGE_COLUMN, m -> alter(m.start(), name(m.group(1)), AlterAction.Kind.ALTER_COLUMN_TYPE, m.group(2)));
        each(CHANGE_NULL, m -> alter(m.start(), name(m.group(1)), AlterAction.Kind.SET_NOT_NULL, m.group(2)));
        each(ADD_INDEX, m -> index(m.start(), name(m.group(1)), m.group(2).contains(":concurrently")));
        each(ADD_FOREIGN_KEY, m -> {
            if (!m.group(2).matches(".*\\bvalidate:\\s*false.*")) {
                alter(m.start(), name(m.group(1)), AlterAction.Kind.ADD_FOREIGN_KEY_VALIDATING, null);
            }
        });
        each(EXECUTE, m -> sql(m.end()));
    }

}
