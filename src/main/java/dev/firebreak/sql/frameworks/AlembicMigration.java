package dev.firebreak.sql.frameworks;

import dev.firebreak.sql.statement.AlterAction;
import dev.firebreak.sql.statement.ObjectName;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Alembic revisions: {@code op.drop_table}, {@code op.drop_column}, {@code op.execute} …; {@code downgrade()} is skipped. */
public final class AlembicMigration extends ScriptMigration {
    private static final String ARG = "\\s*[\"']([\\w.]+)[\"']";
    private static final String REST = "([^)]*)";
    private static final Pattern DROP_TABLE = Pattern.compile("\\bop\\.drop_table\\(" + ARG + REST);
    private static final Pattern CREATE_TABLE = Pattern.compile("\\bop\\.create_table\\(" + ARG);
    private static final Pattern DROP_COLUMN = Pattern.compile("\\bop\\.drop_column\\(" + ARG + "\\s*," + ARG + REST);
    private static final Pattern RENAME_TABLE = Pattern.compile("\\bop\\.rename_table\\(" + ARG + "\\s*," + ARG);
    private static final Pattern ALTER_COLUMN = Pattern.compile("\\bop\\.alter_column\\(" + ARG + "\\s*," + ARG + REST);
    private static final Pattern CREATE_INDEX = Pattern.compile("\\bop\\.create_index\\(\\s*[^,]+," + ARG + REST);
    private static final Pattern FOREIGN_KEY = Pattern.compile("\\bop\\.create_foreign_key\\(\\s*[^,]+," + ARG + REST);
    private static final Pattern BATCH = Pattern.compile("\\bop\\.batch_alter_table\\(" + ARG);
    private static final Pattern BATCH_DROP_COLUMN = Pattern.compile("\\b\\w+\\.drop_column\\(" + ARG + "\\s*\\)");
    private static final Pattern EXECUTE = Pattern.compile("\\bop\\.execute\\(");
    /** Data migrations run SQL on the migration's connection: {@code op.get_bind().execute(sa.text("…"))}. */
    private static final Pattern BIND_EXECUTE = Pattern.compile("\\b(?:op\\.get_bind\\(\\)|conn|connection|bind)\\.execute\\(");
    private static final Pattern SCHEMA = Pattern.compile("schema\\s*=\\s*[\"'](\\w+)[\"']");
    private static final Pattern DOWNGRADE = Pattern.compile("(?m)^[ \\t]*def\\s+downgrade\\b");

    public AlembicMigration(String content) {
        super(content, "#");
    }

    @Override
    protected List<int[]> rollbackRanges() {
        return Blocks.find(content, DOWNGRADE, Blocks.Style.INDENTED);
    }

    @Override
    protected void extract() {
        each(DROP_TABLE, m -> drop(m.start(), table(m.group(1), m.group(2)), false));
        each(CREATE_TABLE, m -> create(m.start(), name(m.group(1))));
        each(DROP_COLUMN, m -> alter(m.start(), table(m.group(1), m.group(3)), AlterAction.Kind.DROP_COLUMN, m.group(2)));
        each(RENAME_TABLE, m -> alter(m.start(), name(m.group(1)), AlterAction.Kind.RENAME_TABLE, m.group(2)));
        each(ALTER_COLUMN, m -> {
            ObjectName table = table(m.group(1), m.group(3));
            String options = m.group(3);
            if (options.contains("new_column_name")) {
                alter(m.start(), table, AlterAction.Kind.RENAME_COLUMN, m.group(2));
            }
            if (options.contains("type_")) {
                alter(m.start(), table, AlterAction.Kind.ALTER_COLUMN_TYPE, m.group(2));
            }
            if (options.matches("(?s).*nullable\\s*=\\s*False.*")) {
                alter(m.start(), table, AlterAction.Kind.SET_NOT_NULL, m.group(2));
            }
        });
        each(CREATE_INDEX, m -> index(m.start(), table(m.group(1), m.group(2)),
                m.group(2).matches("(?s).*postgresql_concurrently\\s*=\\s*True.*")));
        each(FOREIGN_KEY, m -> {
            if (!m.group(2).matches("(?s).*postgresql_not_valid\\s*=\\s*True.*")) {
                alter(m.start(), name(m.group(1)), AlterAction.Kind.ADD_FOREIGN_KEY_VALIDATING, null);
            }
        });
        each(BATCH_DROP_COLUMN, m -> { // with op.batch_alter_table("users") as batch_op: batch_op.drop_column("email")
            String table = lastBefore(BATCH, m.start());
            if (table != null) {
                alter(m.start(), name(table), AlterAction.Kind.DROP_COLUMN, m.group(1));
            }
        });
        each(EXECUTE, m -> sql(m.end()));
        each(BIND_EXECUTE, m -> sql(m.end()));
    }

    private static ObjectName table(String name, String options) {
        Matcher schema = SCHEMA.matcher(options);
        return schema.find() ? new ObjectName(schema.group(1), name) : name(name);
    }
}
