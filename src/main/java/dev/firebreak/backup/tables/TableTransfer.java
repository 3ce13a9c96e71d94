package dev.firebreak.backup.tables;

import dev.firebreak.backup.database.Identifiers;
import dev.firebreak.backup.manifest.TableStat;
import dev.firebreak.core.ProgressMonitor;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyOut;

/**
 * Moves one restored table from the scratch database into the side schema of the live database: a plain table
 * with the same column names and types (no constraints, indexes, defaults or triggers that could collide with
 * or fire on live objects), filled by streaming {@code COPY ... TO STDOUT} into {@code COPY ... FROM STDIN}.
 * Text format, because binary COPY carries type OIDs (arrays, composites) that differ between databases.
 */
public final class TableTransfer {
    private TableTransfer() {
    }

    /** Returns the rows copied. Runs in the live connection's transaction, so a failure leaves nothing behind. */
    public static long copy(Connection scratch, Connection live, TableStat table, String schema, String sideTable,
                     ProgressMonitor monitor) throws SQLException {
        List<TableColumns.Column> columns = TableColumns.of(scratch, table.schema(), table.name()).stream()
                .filter(column -> !column.generated()).toList();
        try (Statement statement = live.createStatement()) {
            statement.execute("CREATE TABLE " + Identifiers.quote(schema, sideTable) + " ("
                    + String.join(", ", columns.stream().map(column -> column.quoted() + " " + column.type()).toList()) + ")");
        }
        SideSchema.markOrigin(live, schema, sideTable, table);
        String names = TableColumns.list(columns.stream().map(TableColumns.Column::name).toList());
        CopyOut out = scratch.unwrap(PGConnection.class).getCopyAPI()
                .copyOut("COPY (SELECT " + names + " FROM " + Identifiers.quote(table.schema(), table.name()) + ") TO STDOUT");
        CopyIn in = live.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + Identifiers.quote(schema, sideTable) + " (" + names + ") FROM STDIN");
        try {
            for (byte[] chunk = out.readFromCopy(); chunk != null; chunk = out.readFromCopy()) {
                in.writeToCopy(chunk, 0, chunk.length);
                if (monitor.isCancelled()) {
                    break;
                }
            }
            monitor.checkCancelled();
            return in.endCopy();
        } finally {
            if (out.isActive()) {
                out.cancelCopy();
            }
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }
}
