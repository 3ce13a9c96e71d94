package dev.firebreak.sql.frameworks;

import dev.firebreak.sql.statement.AlterAction;
import dev.firebreak.sql.statement.ObjectName;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ActiveRecord migrations: {@code drop_table}, {@code remove_column(s)}, {@code create_table force:}, {@code change_table}
 * blocks, {@code execute "…"} …; {@code def down} and the {@code down} half of {@code reversible} are skipped.
 */
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
    private static final Pattern REMOVE_TIMESTAMPS = Pattern.compile("(?<!\\.)\\bremove_timestamps\\b[ \\t]*\\(?[ \\t]*[:\"']([\\w.]+)");
    private static final Pattern EXECUTE = Pattern.compile("\\bexecute\\b");
    private static final Pattern DOWN = Pattern.compile("(?m)^[ \\t]*def\\s+(?:self\\.)?down\\b");
    /** {@code reversible do |dir| … dir.down do … end}: the down half runs only on rollback. */
    private static final Pattern REVERSIBLE_DOWN = Pattern.compile("\\b\\w+\\.down\\s*(do\\b|\\{)");
    /** {@code change_table :products do |t|}: group 1 the table, group 2 the block's variable. */
    private static final Pattern CHANGE_TABLE = Pattern.compile("\\bchange_table\\b\\s*" + NAME + "[^\\n]*?\\bdo\\s*\\|\\s*(\\w+)\\s*\\|");
    private static final String SYMBOLS = "((?:\\s*,?\\s*[:\"']\\w+[\"']?)+)";

    public RailsMigration(String content) {
        super(content, "#");
    }

    @Override
    protected List<int[]> rollbackRanges() {
        List<int[]> ranges = new ArrayList<>(Blocks.find(content, DOWN, Blocks.Style.RUBY_END));
        Matcher down = REVERSIBLE_DOWN.matcher(content);
        while (down.find()) {
            ranges.add(Blocks.at(content, down.start(), down.group(1).equals("{") ? Blocks.Style.BRACES : Blocks.Style.RUBY_END));
        }
        return ranges;
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
        each(REMOVE_TIMESTAMPS, m -> {
            alter(m.start(), name(m.group(1)), AlterAction.Kind.DROP_COLUMN, "created_at");
            alter(m.start(), name(m.group(1)), AlterAction.Kind.DROP_COLUMN, "updated_at");
        });
        each(CHANGE_TABLE, m -> changeTable(name(m.group(1)), m.group(2), Blocks.at(content, lineStart(m.start()), Blocks.Style.RUBY_END)));
        each(EXECUTE, m -> sql(m.end()));
    }

    /** The builder calls of a {@code change_table} block: {@code t.remove :a, :b}, {@code t.rename}, {@code t.change} … */
    private void changeTable(ObjectName table, String t, int[] block) {
        String call = "\\b" + Pattern.quote(t) + "\\.";
        each(Pattern.compile(call + "remove\\b\\s*\\(?" + SYMBOLS), block[0], block[1], m -> {
            for (String column : m.group(1).replaceAll("[:\"'\\s]", "").split(",")) {
                if (!column.isEmpty()) {
                    alter(m.start(), table, AlterAction.Kind.DROP_COLUMN, column);
                }
            }
        });
        each(Pattern.compile(call + "remove_(?:references|belongs_to)\\b\\s*\\(?" + SYMBOLS), block[0], block[1], m -> {
            for (String reference : m.group(1).replaceAll("[:\"'\\s]", "").split(",")) {
                if (!reference.isEmpty()) {
                    alter(m.start(), table, AlterAction.Kind.DROP_COLUMN, reference + "_id");
                }
            }
        });
        each(Pattern.compile(call + "remove_timestamps\\b"), block[0], block[1], m -> {
            alter(m.start(), table, AlterAction.Kind.DROP_COLUMN, "created_at");
            alter(m.start(), table, AlterAction.Kind.DROP_COLUMN, "updated_at");
        });
        each(Pattern.compile(call + "rename\\b\\s*\\(?\\s*[:\"'](\\w+)"), block[0], block[1],
                m -> alter(m.start(), table, AlterAction.Kind.RENAME_COLUMN, m.group(1)));
        each(Pattern.compile(call + "change\\b\\s*\\(?\\s*[:\"'](\\w+)"), block[0], block[1],
                m -> alter(m.start(), table, AlterAction.Kind.ALTER_COLUMN_TYPE, m.group(1)));
        each(Pattern.compile(call + "index\\b([^\\n]*)"), block[0], block[1],
                m -> index(m.start(), table, m.group(1).contains(":concurrently")));
    }

    /** Blocks end at the {@code end} indented like the line that opens them. */
    private int lineStart(int offset) {
        int start = content.lastIndexOf('\n', offset - 1) + 1;
        while (start < offset && (content.charAt(start) == ' ' || content.charAt(start) == '\t')) {
            start++;
        }
        return start;
    }

}
