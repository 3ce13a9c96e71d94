package dev.firebreak.sql.frameworks;

import dev.firebreak.sql.statement.AlterAction;
import dev.firebreak.sql.statement.ObjectName;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Django migrations: {@code DeleteModel}, {@code RemoveField}, {@code RunSQL} …, with tables named the way Django
 * names them ({@code <app>_<model>}, the app being the directory that holds {@code migrations/}).
 */
public final class DjangoMigration extends ScriptMigration {
    private static final String ARG = "\\s*(?:\\w+\\s*=\\s*)?[\"'](\\w+)[\"']";
    private static final Pattern DELETE_MODEL = Pattern.compile("\\b(?:migrations\\.)?DeleteModel\\(" + ARG);
    private static final Pattern CREATE_MODEL = Pattern.compile("\\b(?:migrations\\.)?CreateModel\\(" + ARG);
    private static final Pattern REMOVE_FIELD = Pattern.compile("\\b(?:migrations\\.)?RemoveField\\(" + ARG + "\\s*," + ARG);
    private static final Pattern RENAME_MODEL = Pattern.compile("\\b(?:migrations\\.)?RenameModel\\(" + ARG + "\\s*," + ARG);
    private static final Pattern RENAME_FIELD = Pattern.compile("\\b(?:migrations\\.)?RenameField\\(" + ARG + "\\s*," + ARG);
    private static final Pattern RUN_SQL = Pattern.compile("\\b(?:migrations\\.)?RunSQL\\(");

    private final String app;

    public DjangoMigration(String path, String content) {
        super(content, "#");
        String[] parts = path.replace('\\', '/').split("/");
        int migrations = List.of(parts).lastIndexOf("migrations");
        this.app = migrations > 0 ? parts[migrations - 1] : null;
    }

    @Override
    protected List<int[]> rollbackRanges() {
        return List.of(); // reverse_sql and reverse_code come after the forward argument, which is all we read
    }

    @Override
    protected void extract() {
        each(DELETE_MODEL, m -> drop(m.start(), table(m.group(1)), false));
        each(CREATE_MODEL, m -> create(m.start(), table(m.group(1))));
        each(REMOVE_FIELD, m -> alter(m.start(), table(m.group(1)), AlterAction.Kind.DROP_COLUMN, m.group(2)));
        each(RENAME_MODEL, m -> alter(m.start(), table(m.group(1)), AlterAction.Kind.RENAME_TABLE, table(m.group(2)).name()));
        each(RENAME_FIELD, m -> alter(m.start(), table(m.group(1)), AlterAction.Kind.RENAME_COLUMN, m.group(2)));
        each(RUN_SQL, m -> sql(m.end()));
    }

    private ObjectName table(String model) {
        String lower = model.toLowerCase(Locale.ROOT);
        return ObjectName.of(app == null ? lower : app + "_" + lower);
    }
}
