package dev.firebreak.sql.frameworks;

import dev.firebreak.sql.statement.AlterAction;
import dev.firebreak.sql.statement.ObjectName;
import dev.firebreak.sql.statement.StatementKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Django migrations: {@code DeleteModel}, {@code RemoveField}, {@code RunSQL} (a string or a list of statements) …,
 * with tables named the way Django names them ({@code <app>_<model>}, the app being the directory that holds
 * {@code migrations/}). In {@code RunPython} code, ORM deletes and updates of every row and raw SQL are read, and the
 * call itself is flagged for review (the rest of the Python is not read); the reverse function and
 * {@code state_operations} (which never touch the database) are skipped.
 */
public final class DjangoMigration extends ScriptMigration {
    private static final String ARG = "\\s*(?:\\w+\\s*=\\s*)?[\"'](\\w+)[\"']";
    private static final Pattern DELETE_MODEL = Pattern.compile("\\b(?:migrations\\.)?DeleteModel\\(" + ARG);
    private static final Pattern CREATE_MODEL = Pattern.compile("\\b(?:migrations\\.)?CreateModel\\(" + ARG);
    private static final Pattern REMOVE_FIELD = Pattern.compile("\\b(?:migrations\\.)?RemoveField\\(" + ARG + "\\s*," + ARG);
    private static final Pattern RENAME_MODEL = Pattern.compile("\\b(?:migrations\\.)?RenameModel\\(" + ARG + "\\s*," + ARG);
    private static final Pattern RENAME_FIELD = Pattern.compile("\\b(?:migrations\\.)?RenameField\\(" + ARG + "\\s*," + ARG);
    private static final Pattern RUN_SQL = Pattern.compile("\\b(?:migrations\\.)?RunSQL\\(");
    /** The forward code of RunPython: a function name, a dotted one ({@code RunPython.noop}), or a lambda. */
    private static final Pattern RUN_PYTHON = Pattern.compile(
            "\\b(?:migrations\\.)?RunPython\\(\\s*(?:code\\s*=\\s*)?(lambda\\b|[\\w.]+)");
    private static final Pattern RAW_EXECUTE = Pattern.compile("\\b(?:schema_editor|cursor)\\.execute\\(");
    private static final Pattern REVERSE_CODE = Pattern.compile(
            "\\bRunPython\\(\\s*\\w+\\s*,\\s*(\\w+)|\\breverse_code\\s*=\\s*(\\w+)");
    private static final Pattern STATE_OPERATIONS = Pattern.compile("\\bstate_operations\\s*=\\s*\\[");
    private static final Pattern GET_MODEL = Pattern.compile(
            "\\b(\\w+)\\s*=\\s*apps\\.get_model\\(\\s*[\"'](\\w+)[\"']\\s*,\\s*[\"'](\\w+)[\"']");
    /** {@code Customer.objects.all().delete()}: no filter, exclude or get in the chain, so every row. */
    private static final Pattern ORM_EVERY_ROW = Pattern.compile("\\b(\\w+)\\.objects"
            + "(?:\\.(?:using|all|order_by|select_related|prefetch_related|only|defer)\\([^()]*\\))*\\.(delete|update)\\(");

    private final String app;

    public DjangoMigration(String path, String content) {
        super(content, "#");
        String[] parts = path.replace('\\', '/').split("/");
        int migrations = List.of(parts).lastIndexOf("migrations");
        this.app = migrations > 0 ? parts[migrations - 1] : null;
    }

    @Override
    protected List<int[]> rollbackRanges() {
        List<int[]> ranges = new ArrayList<>();
        Matcher reverse = REVERSE_CODE.matcher(content);
        while (reverse.find()) {
            String function = reverse.group(1) != null ? reverse.group(1) : reverse.group(2);
            if (!function.equals("None") && !function.equals("noop")) {
                ranges.addAll(Blocks.find(content, Pattern.compile("(?m)^[ \\t]*def\\s+" + function + "\\b"), Blocks.Style.INDENTED));
            }
        }
        Matcher state = STATE_OPERATIONS.matcher(content);
        while (state.find()) {
            ranges.add(new int[] {state.start(), groupEnd(state.end() - 1)});
        }
        return ranges;
    }

    @Override
    protected void extract() {
        each(DELETE_MODEL, m -> drop(m.start(), table(m.group(1)), false));
        each(CREATE_MODEL, m -> create(m.start(), table(m.group(1))));
        each(REMOVE_FIELD, m -> alter(m.start(), table(m.group(1)), AlterAction.Kind.DROP_COLUMN, m.group(2)));
        each(RENAME_MODEL, m -> alter(m.start(), table(m.group(1)), AlterAction.Kind.RENAME_TABLE, table(m.group(2)).name()));
        each(RENAME_FIELD, m -> alter(m.start(), table(m.group(1)), AlterAction.Kind.RENAME_COLUMN, m.group(2)));
        each(RUN_SQL, m -> forwardSql(m.end()));
        each(RUN_PYTHON, m -> {
            String function = m.group(1);
            if (!function.equals("noop") && !function.endsWith(".noop")) {
                unreadCode(m.start(), function.substring(function.lastIndexOf('.') + 1));
            }
        });
        each(RAW_EXECUTE, m -> sql(m.end()));
        each(ORM_EVERY_ROW, m -> dataChange(m.start(), m.group(2).equals("delete") ? StatementKind.DELETE : StatementKind.UPDATE,
                model(m.group(1), m.start()), false));
    }

    /**
     * RunSQL's forward argument: one string, or a list of strings and {@code (sql, params)} tuples, each analysed;
     * {@code reverse_sql} comes after it and is not read.
     */
    private void forwardSql(int from) {
        int i = skipBlanks(from);
        if (content.startsWith("sql", i) && content.startsWith("=", skipBlanks(i + 3))) {
            i = skipBlanks(skipBlanks(i + 3) + 1);
        }
        if (i >= content.length() || (content.charAt(i) != '[' && content.charAt(i) != '(')) {
            sql(i);
            return;
        }
        int end = groupEnd(i);
        for (int at = skipBlanks(i + 1); at < end; at = skipBlanks(at + 1)) {
            char c = content.charAt(at);
            if (c == '(') { // ("INSERT … %s", ["params"]): the statement is the tuple's first element
                sql(at + 1);
                at = groupEnd(at) - 1;
            } else if (c == '[') {
                at = groupEnd(at) - 1;
            } else if (c != ',' && c != ']' && c != ')') {
                StringLiteral literal = StringLiteral.at(content, at);
                sql(at);
                at = literal == null ? nextComma(at, end) : literalEnd(literal);
            }
        }
    }

    /** The offset just after the bracket that closes the one at {@code open}; strings are skipped whole. */
    private int groupEnd(int open) {
        int depth = 0;
        for (int i = open; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '"' || c == '\'') {
                StringLiteral literal = StringLiteral.at(content, i);
                i = literal == null ? i : literalEnd(literal);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && --depth == 0) {
                return i + 1;
            }
        }
        return content.length();
    }

    /** The last character of the literal's closing quote (one or three). */
    private int literalEnd(StringLiteral literal) {
        int i = literal.end();
        char quote = i < content.length() ? content.charAt(i) : '"';
        return content.startsWith(String.valueOf(quote).repeat(3), i) ? i + 2 : i;
    }

    private int nextComma(int from, int end) {
        int comma = content.indexOf(',', from);
        return comma < 0 || comma > end ? end : comma;
    }

    private int skipBlanks(int i) {
        while (i < content.length() && Character.isWhitespace(content.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code Customer = apps.get_model("shop", "Customer")} names the table; else a model of this app. */
    private ObjectName model(String variable, int offset) {
        Matcher matcher = GET_MODEL.matcher(content).region(0, offset);
        ObjectName found = null;
        while (matcher.find()) {
            if (matcher.group(1).equals(variable)) {
                found = ObjectName.of(matcher.group(2).toLowerCase(Locale.ROOT) + "_" + matcher.group(3).toLowerCase(Locale.ROOT));
            }
        }
        return found != null ? found : table(variable);
    }

    private ObjectName table(String model) {
        String lower = model.toLowerCase(Locale.ROOT);
        return ObjectName.of(app == null ? lower : app + "_" + lower);
    }
}
