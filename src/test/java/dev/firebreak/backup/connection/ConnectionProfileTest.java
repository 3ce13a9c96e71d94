package dev.firebreak.backup.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.backup.database.Database;
import dev.firebreak.backup.database.Identifiers;
import dev.firebreak.core.FirebreakHome;
import dev.firebreak.core.UserFacingException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Database URLs as users type them, and profiles saved without secrets. */
class ConnectionProfileTest {
    @TempDir
    Path tmp;

    @Test
    void parsesUserHostPortDatabaseAndSslmode() {
        ConnectionProfile profile = ConnectionProfile.fromUrl("postgresql://app@db.internal:6543/shop?sslmode=require");

        assertThat(profile).isEqualTo(new ConnectionProfile("shop_db.internal_6543", "db.internal", 6543, "shop", "app", "require"));
        assertThat(profile.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/shop?sslmode=require");
    }

    /** Issue 13, finding 8: a name with URL syntax in it reaches the right database, through JDBC and back from its URL. */
    @Test
    void aDatabaseNamedWithUrlSyntaxSpacesAndUnicodeIsConnectedToByItsName() throws Exception {
        String name = "shop/a?b&c#d e+f%g ü_" + ProcessHandle.current().pid();
        dev.firebreak.testing.TestPostgres.superuser("postgres", "CREATE DATABASE " + Identifiers.quote(name)
                + " OWNER " + dev.firebreak.testing.TestPostgres.USER);
        ConnectionProfile profile = dev.firebreak.testing.TestPostgres.profile("odd", name);

        assertThat(ConnectionProfile.fromUrl("odd", profile.url())).isEqualTo(profile);
        Database database = new Database(profile, Credentials.fromEnvironment(
                dev.firebreak.testing.TestPostgres.pgpassEnvironment(tmp, dev.firebreak.testing.TestPostgres.PASSWORD)));
        try (java.sql.Connection connection = database.connect();
             java.sql.ResultSet row = connection.createStatement().executeQuery("SELECT current_database()")) {
            row.next();
            assertThat(row.getString(1)).isEqualTo(name);
        }
    }

    @Test
    void defaultsPortAndSslmode() {
        ConnectionProfile profile = ConnectionProfile.fromUrl("prod", "postgres://app@localhost/shop");

        assertThat(profile.port()).isEqualTo(5432);
        assertThat(profile.sslmode()).isEqualTo("prefer");
        assertThat(profile.name()).isEqualTo("prod");
    }

    @Test
    void refusesAPasswordInTheUrlWithoutRepeatingIt() {
        assertThatThrownBy(() -> ConnectionProfile.fromUrl("postgresql://app:hunter2@localhost/shop"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("~/.pgpass")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void refusesNamesThatWouldEscapeTheBackupFolder() {
        assertThatThrownBy(() -> ConnectionProfile.fromUrl("../etc", "postgresql://app@localhost/shop"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("not allowed");
    }

    @Test
    void profilesAreSavedWithoutAnyPasswordFieldAndReadBack() throws Exception {
        ProfileStore store = new ProfileStore(new FirebreakHome(tmp));
        store.save(ConnectionProfile.fromUrl("prod", "postgresql://app@db:5432/shop"));
        store.save(ConnectionProfile.fromUrl("prod", "postgresql://app@db2:5432/shop"));

        assertThat(store.list()).singleElement().satisfies(profile -> assertThat(profile.host()).isEqualTo("db2"));
        assertThat(java.nio.file.Files.readString(tmp.resolve("profiles.json"))).doesNotContainIgnoringCase("password");
        assertThatThrownBy(() -> store.require("staging")).hasMessageContaining("firebreak profile add staging");
    }

    @Test
    void identifiersAreQuotedSoNoNameCanBreakOutOfIt() {
        assertThat(Identifiers.quote("customers")).isEqualTo("\"customers\"");
        assertThat(Identifiers.quote("Sales Dept", "a\"b")).isEqualTo("\"Sales Dept\".\"a\"\"b\"");
        assertThatThrownBy(() -> Identifiers.quote("")).isInstanceOf(IllegalArgumentException.class);
    }
}
