package dev.firebreak.ui.backups;

import dev.firebreak.backup.connection.ConnectionProfile;

/** A profile saved after a good test connection, and where its typed password is kept ("" when none was typed). */
record AddedDatabase(ConnectionProfile profile, String passwordNote) {
}
