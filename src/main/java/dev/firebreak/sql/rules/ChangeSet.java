package dev.firebreak.sql.rules;

import dev.firebreak.sql.statement.ObjectName;
import dev.firebreak.sql.statement.Statement;
import dev.firebreak.sql.statement.StatementKind;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What earlier statements of the change set did to tables: a table created here holds no stored data yet
 * (dropping it is scratch work), a table dropped here and created again comes back empty.
 * Keyed by table so that a change set of thousands of files stays linear.
 */
public final class ChangeSet {
    private record Event(String file, int line) {
    }

    private final Map<String, Event> created = new HashMap<>();
    private final Map<String, Event> dropped = new HashMap<>();
    private String file = "";

    /** Statements that follow come from this file. */
    public void enter(String path) {
        file = path;
    }

    /** Where the table was created in this change set ("line 3" or "V2__x.sql:3"), if it was. */
    public Optional<String> createdAt(ObjectName table) {
        return where(created.get(table.key()));
    }

    public boolean isNew(ObjectName table) {
        return created.containsKey(table.key());
    }

    public Optional<String> droppedAt(ObjectName table) {
        return where(dropped.get(table.key()));
    }

    /** Called after the checks have seen the statement. */
    public void record(Statement statement) {
        if (statement.kind() == StatementKind.CREATE_TABLE) {
            statement.targets().forEach(table -> {
                dropped.remove(table.key());
                created.put(table.key(), new Event(file, statement.line()));
            });
        } else if (statement.kind() == StatementKind.DROP_TABLE) {
            statement.targets().forEach(table -> {
                if (created.remove(table.key()) == null) {
                    dropped.put(table.key(), new Event(file, statement.line()));
                }
            });
        }
    }

    private Optional<String> where(Event event) {
        if (event == null) {
            return Optional.empty();
        }
        return Optional.of(event.file.equals(file) ? "line " + event.line : event.file + ":" + event.line);
    }
}
