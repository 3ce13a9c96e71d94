package dev.firebreak.backup.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scratch databases of one database's restores and verifies ({@link DatabaseNames#scratch}) that were left on its
 * server by a run that was killed or crashed. One is never a leftover while anyone is connected to it or while a live
 * Firebreak process holds its {@link ScratchLock} (e.g. a restore waiting to swap its copy in).
 */
public final class ScratchDatabases {
    /** SQLSTATE 55006: the database is being accessed by other users. */
    private static final String IN_USE = "55006";
    private static final String DATABASES = """
            SELECT d.datname, pg_database_size(d.oid),
                   EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datid = d.oid)
            FROM pg_database d
            WHERE NOT d.datistemplate
            ORDER BY d.datname""";

    private final Database maintenance;
    private final String database;
    private final Path lockDir;

    /** @param live the database whose scratch databases are looked for, on its server */
    public ScratchDatabases(Database live, Path lockDir) {
        this.maintenance = live.maintenance();
        this.database = live.profile().database();
        this.lockDir = lockDir;
    }

    public List<ScratchDatabase> leftovers() throws SQLException {
        List<ScratchDatabase> found = new ArrayList<>();
        try (Connection connection = maintenance.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(DATABASES)) {
            while (rows.next()) {
                String name = rows.getString(1);
                Optional<ScratchPurpose> purpose = DatabaseNames.scratchPurpose(database, name);
                boolean connected = rows.getBoolean(3);
                if (purpose.isPresent() && !connected && !ScratchLock.isHeld(lockDir, name)) {
                    found.add(new ScratchDatabase(name, purpose.get(), rows.getLong(2)));
                }
            }
        }
        return found;
    }

    /**
     * Drops the {@code leftovers} that are still unclaimed (no lock taken, nobody connected: without FORCE, PostgreSQL
     * refuses to drop a database in use) and removes their dead locks; returns the ones dropped.
     */
    public List<ScratchDatabase> drop(List<ScratchDatabase> leftovers) throws SQLException {
        List<ScratchDatabase> dropped = new ArrayList<>();
        try (Connection connection = maintenance.connect(); Statement statement = connection.createStatement()) {
            for (ScratchDatabase leftover : leftovers) {
                if (ScratchLock.isHeld(lockDir, leftover.name())) {
                    continue; // a run took it up since it was found
                }
                try {
                    statement.execute("DROP DATABASE IF EXISTS " + Identifiers.quote(leftover.name()));
                } catch (SQLException e) {
                    if (IN_USE.equals(e.getSQLState())) {
                        continue; // someone connected since it was found: theirs now
                    }
                    throw e;
                }
                dropped.add(leftover);
                if (!ScratchLock.isHeld(lockDir, leftover.name())) {
                    deleteQuietly(ScratchLock.fileFor(lockDir, leftover.name()));
                }
            }
        }
        return dropped;
    }

    private static void deleteQuietly(Path deadLock) {
        try {
            Files.deleteIfExists(deadLock);
        } catch (IOException e) {
            // an unlocked, empty file: harmless, and taken over by a later run of the same name
        }
    }
}
