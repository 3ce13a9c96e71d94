package dev.firebreak.sql.rules;

import dev.firebreak.sql.statement.ObjectName;
import dev.firebreak.sql.statement.Statement;
import dev.firebreak.sql.statement.StatementKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What earlier statements of the change set did to tables: a table created here holds no stored data yet
 * (destroying its rows is scratch work), a table dropped here and created again comes back empty.
 * Keyed by table so that a change set of thousands of files stays linear.
 */
public final class ChangeSet {
    /**
     * @param table   the name as that statement wrote it
     * @param cascade a DROP … CASCADE
     */
    private record Event(String file, int line, int column, ObjectName table, int transaction, boolean ifNotExists,
                         boolean stopsOnError, boolean cascade) {
    }

    /**
     * A table that the change set dropped and then created again: the DROP's finding says so.
     *
     * @param table     as the DROP wrote it
     * @param createdAt "line 5" in the DROP's file, else "V2__x.sql:5"
     * @param filled    created {@code AS} a query: refilled, not empty
     * @param cascade   dropped with CASCADE, which the DROP's one finding says too
     */
    public record Recreation(String file, int line, int column, ObjectName table, String createdAt, boolean filled,
                             boolean cascade) {
    }

    /**
     * How a table a statement destroys was created in this change set.
     *
     * @param at      "line 2 of this file" or "V2__x.sql:3"
     * @param scratch the creation cannot have failed silently, so the statement only touches the new table
     * @param caveat  when not scratch, why not (what to add so that it is), starting with " — "
     */
    public record Created(String at, boolean scratch, String caveat) {
    }

    private final Map<String, Event> created = new HashMap<>();
    private final Map<String, Event> dropped = new HashMap<>();
    private final List<Recreation> recreations = new ArrayList<>();
    private String file = "";

    /** Statements that follow come from this file. */
    public void enter(String path) {
        file = path;
    }

    /** Where the table was created in this change set ("line 3" or "V2__x.sql:3"), if it was. */
    public Optional<String> createdAt(ObjectName table) {
        Event event = created.get(table.key());
        return event == null ? Optional.empty() : Optional.of(where(event));
    }

    /** Created in this change set, whether or not that can have failed: lock and rewrite warnings do not apply. */
    public boolean isNew(ObjectName table) {
        return created.containsKey(table.key());
    }

    /** The creation of a table that {@code statement} destroys, if this change set created it. */
    public Optional<Created> created(ObjectName table, Statement statement) {
        Event event = created.get(table.key());
        if (event == null) {
            return Optional.empty();
        }
        String at = event.file.equals(file) ? "line " + event.line + " of this file" : event.file + ":" + event.line;
        return Optional.of(new Created(at, certain(event, statement), caveat(event, table, at)));
    }

    /** Tables dropped and created again, in order, since the last call. */
    public List<Recreation> takeRecreations() {
        List<Recreation> taken = List.copyOf(recreations);
        recreations.clear();
        return taken;
    }

    /** Called after the checks have seen the statement. */
    public void record(Statement statement) {
        if (statement.kind() == StatementKind.CREATE_TABLE) {
            statement.targets().forEach(table -> {
                Event drop = dropped.remove(table.key());
                if (drop != null) {
                    recreations.add(new Recreation(drop.file, drop.line, drop.column, drop.table,
                            drop.file.equals(file) ? "line " + statement.line() : file + ":" + statement.line(),
                            statement.filled(), drop.cascade));
                }
                created.put(table.key(), new Event(file, statement.line(), statement.column(), table,
                        statement.transaction(), statement.ifExists(), statement.stopsOnError(), false));
            });
        } else if (statement.kind() == StatementKind.DROP_TABLE) {
            statement.targets().forEach(table -> {
                Event creation = created.remove(table.key());
                if (creation == null || !certain(creation, statement)) {
                    dropped.put(table.key(), new Event(file, statement.line(), statement.column(), table, 0, false, false,
                            statement.cascade()));
                }
            });
        }
    }

    /**
     * A CREATE TABLE that cannot have failed without stopping the run: not IF NOT EXISTS (which passes over an existing
     * table), and run where a failure stops (a framework, psql's ON_ERROR_STOP) or in the same transaction block as the
     * statement (a failure aborts the block).
     */
    private boolean certain(Event creation, Statement statement) {
        if (creation.ifNotExists) {
            return false;
        }
        return creation.stopsOnError || (creation.transaction > 0 && creation.transaction == statement.transaction()
                && creation.file.equals(file));
    }

    private static String caveat(Event creation, ObjectName table, String at) {
        if (creation.ifNotExists) {
            return " — `" + table + "` is created IF NOT EXISTS at " + at + ", so it may be the table that already held rows";
        }
        return " — psql runs on after a failed statement: if `" + table + "` already existed, its CREATE at " + at
                + " failed and this reaches the existing rows; put `\\set ON_ERROR_STOP on` at the top of the file,"
                + " or BEGIN … COMMIT around it";
    }

    private String where(Event event) {
        return event.file.equals(file) ? "line " + event.line : event.file + ":" + event.line;
    }
}
