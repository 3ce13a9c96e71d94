package dev.firebreak.sql.rules;

import dev.firebreak.sql.statement.ObjectName;
import dev.firebreak.sql.statement.Statement;
import dev.firebreak.sql.statement.StatementKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What earlier statements of the change set did to tables: a table created here holds no stored data yet
 * (dropping it is scratch work), a table dropped here and created again comes back empty.
 */
public final class ChangeSet {
    private record Event(ObjectName table, String file, int line) {
    }

    private final List<Event> created = new ArrayList<>();
    private final List<Event> dropped = new ArrayList<>();
    private String file = "";

    /** Statements that follow come from this file. */
    public void enter(String path) {
        file = path;
    }

    public Optional<String> createdAt(ObjectName table) {
        return find(created, table);
    }

    public boolean isNew(ObjectName table) {
        return createdAt(table).isPresent();
    }

    public Optional<String> droppedAt(ObjectName table) {
        return find(dropped, table);
    }

    /** Called after the checks have seen the statement. */
    public void record(Statement statement) {
        if (statement.kind() == StatementKind.CREATE_TABLE) {
            statement.targets().forEach(table -> {
                dropped.removeIf(event -> event.table.sameAs(table));
                created.add(new Event(table, file, statement.line()));
            });
        } else if (statement.kind() == StatementKind.DROP_TABLE) {
            statement.targets().forEach(table -> {
                if (!created.removeIf(event -> event.table.sameAs(table))) {
                    dropped.add(new Event(table, file, statement.line()));
                }
            });
        }
    }

    private Optional<String> find(List<Event> events, ObjectName table) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Event event = events.get(i);
            if (event.table.sameAs(table)) {
                return Optional.of(event.file.equals(file) ? "line " + event.line : event.file + ":" + event.line);
            }
        }
        return Optional.empty();
    }
}
