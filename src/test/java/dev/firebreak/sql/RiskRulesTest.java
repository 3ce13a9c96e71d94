package dev.firebreak.sql;

import static dev.firebreak.sql.Lint.findings;
import static dev.firebreak.sql.Lint.rules;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Warning-level rules: risk of loss or outage on tables that already hold rows. */
class RiskRulesTest {
    @Test
    void alterColumnType() {
        assertThat(rules("ALTER TABLE users ALTER COLUMN age TYPE bigint;\nALTER TABLE users ALTER age SET DATA TYPE int;"))
                .containsExactly("alter-column-type@1:19", "alter-column-type@2:19");
        assertThat(findings("ALTER TABLE users ALTER COLUMN age TYPE bigint").get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(rules("ALTER TABLE users ALTER COLUMN age SET DEFAULT 0;")).isEmpty();
    }

    @Test
    void renames() {
        assertThat(rules("ALTER TABLE users RENAME TO accounts;\nALTER TABLE users RENAME COLUMN a TO b;\nALTER TABLE users RENAME c TO d;"))
                .containsExactly("rename-table@1:19", "rename-column@2:19", "rename-column@3:19");
        assertThat(findings("ALTER TABLE users RENAME TO accounts").get(0).message())
                .isEqualTo("renames table `users` to `accounts`: running code that uses the old name breaks");
        assertThat(rules("ALTER TABLE users RENAME CONSTRAINT a TO b; ALTER INDEX i RENAME TO j;")).isEmpty();
    }

    @Test
    void setNotNull() {
        assertThat(rules("ALTER TABLE users ALTER COLUMN email SET NOT NULL;")).containsExactly("set-not-null@1:19");
        assertThat(rules("ALTER TABLE users ALTER COLUMN email DROP NOT NULL;")).isEmpty();
    }

    @Test
    void createIndexWithoutConcurrently() {
        assertThat(rules("CREATE UNIQUE INDEX users_email ON public.users (email);")).containsExactly("create-index-not-concurrently@1:1");
        assertThat(findings("CREATE INDEX ON users (email)").get(0).message()).contains("`users`");
        assertThat(rules("CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email ON users (email);")).isEmpty();
    }

    @Test
    void validatingForeignKeys() {
        assertThat(rules("ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id);"))
                .containsExactly("add-foreign-key-validating@1:20");
        assertThat(rules("ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n"
                + "ALTER TABLE orders VALIDATE CONSTRAINT fk;")).isEmpty();
    }

    @Test
    void tablesCreatedInTheSameChangeSetCarryNoRisk() {
        assertThat(rules("V1__orders.sql", """
                CREATE TABLE orders (id int, user_id int, note text);
                CREATE INDEX ON orders (user_id);
                ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users (id), ALTER note SET NOT NULL,
                  ALTER note TYPE varchar(10), DROP COLUMN note;
                ALTER TABLE orders RENAME TO purchases;
                """)).containsExactly("scratch-table@4:32");
    }
}
