package dev.firebreak.sql;

import static dev.firebreak.sql.Lint.rules;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The same data-loss rules in framework migrations, at the real line and column, rollback code excluded. */
class FrameworkMigrationsTest {
    @Test
    void rails() {
        String migration = """
                class DropLegacy < ActiveRecord::Migration[7.1]
                  def up
                    drop_table :customers
                    remove_column :users, :email, :string
                    # drop_table :commented_out
                    rename_column :users, :name, :full_name
                    add_index :users, :name, algorithm: :concurrently
                    create_table :orders, force: :cascade do |t|
                    end
                    execute <<~SQL
                      TRUNCATE audit_log;
                    SQL
                    execute "DELETE FROM sessions"
                  end

                  def down
                    drop_table :orders
                  end
                end
                """;
        assertThat(rules("db/migrate/20240101_drop_legacy.rb", migration)).containsExactly(
                "drop-table@3:5", "drop-column@4:5", "rename-column@6:5", "drop-and-recreate@8:5",
                "truncate@11:7", "delete-without-where@13:14");
    }

    @Test
    void sqlBuiltFromVariablesIsStillReported() {
        String migration = """
                class Purge < ActiveRecord::Migration[7.1]
                  def up
                    execute "DROP TABLE #{legacy_table}"
                    execute("TRUNCATE " + table_name)
                    execute "DELETE FROM \\"sessions\\"\\nWHERE id < 10; DELETE FROM tokens"
                  end
                end
                """;
        assertThat(Lint.report("db/migrate/3_purge.rb", migration).findings()).extracting(Finding::message).containsExactly(
                "drops table `#{legacy_table}` and all its rows", "empties table `?`", "deletes every row of `tokens`: no WHERE clause restricts it");
    }

    @Test
    void django() {
        String migration = """
                from django.db import migrations

                class Migration(migrations.Migration):
                    operations = [
                        migrations.RemoveField(model_name="customer", name="email"),
                        migrations.DeleteModel(name="Invoice"),
                        migrations.RunSQL("DROP TABLE legacy_orders;", reverse_sql="CREATE TABLE legacy_orders (id int);"),
                        migrations.RenameField("customer", "nick", "nickname"),
                    ]
                """;
        List<Finding> findings = Lint.report("shop/migrations/0007_cleanup.py", migration).findings();
        assertThat(findings).extracting(f -> f.rule() + "@" + f.line() + ":" + f.column()).containsExactly(
                "drop-column@5:9", "drop-table@6:9", "drop-table@7:28", "rename-column@8:9");
        assertThat(findings.get(0).message()).isEqualTo("drops column `email` of `shop_customer` and its value in every row");
    }

    @Test
    void alembic() {
        String migration = """
                from alembic import op
                import sqlalchemy as sa

                def upgrade():
                    op.drop_table("customers", schema="billing")
                    op.drop_column('users', 'email')
                    op.alter_column('users', 'age', type_=sa.BigInteger())
                    op.execute(sa.text("UPDATE users SET flag = false"))
                    op.create_index('ix', 'users', ['name'], postgresql_concurrently=True)
                    with op.batch_alter_table("accounts") as batch_op:
                        batch_op.drop_column("legacy")

                def downgrade():
                    op.drop_table("orders")
                """;
        assertThat(rules("alembic/versions/ab12_cleanup.py", migration)).containsExactly(
                "drop-table@5:5", "drop-column@6:5", "alter-column-type@7:5", "update-without-where@8:25", "drop-column@11:9");
        assertThat(Lint.report("v.py", migration).findings().get(0).message()).contains("`billing.customers`");
    }

    @Test
    void liquibaseXml() {
        String changelog = """
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
                  <changeSet id="1" author="a">
                    <dropTable tableName="customers" schemaName="public" cascadeConstraints="true"/>
                    <dropColumn tableName="users" columnName="email"/>
                    <dropColumn tableName="users" schemaName="crm"><column name="phone"/><column name="fax"/></dropColumn>
                    <sql><![CDATA[
                      TRUNCATE audit;
                    ]]></sql>
                    <delete tableName="sessions"/>
                    <delete tableName="tokens"><where>expired</where></delete>
                    <rollback>
                      <dropTable tableName="orders"/>
                    </rollback>
                  </changeSet>
                </databaseChangeLog>
                """;
        assertThat(rules("db/changelog.xml", changelog)).containsExactly(
                "drop-table@3:5", "drop-column@4:5", "drop-column@5:5", "drop-column@5:5",
                "truncate@7:7", "delete-without-where@9:5");
        List<Finding> findings = Lint.report("db/changelog.xml", changelog).findings();
        assertThat(findings.get(0).message()).contains("— and with CASCADE every view, foreign key");
        assertThat(findings.get(3).message()).contains("`fax` of `crm.users`");
    }

    @Test
    void liquibaseYaml() {
        String changelog = """
                databaseChangeLog:
                  - changeSet:
                      id: 1
                      author: a
                      changes:
                        - dropTable:
                            tableName: customers
                        - dropColumn:
                            tableName: users
                            columnName: email
                        - sql:
                            sql: "DELETE FROM sessions"
                      rollback:
                        - dropTable:
                            tableName: orders
                """;
        assertThat(rules("db/changelog.yaml", changelog)).containsExactly(
                "drop-table@6:11", "drop-column@8:11", "delete-without-where@12:19");
    }

    @Test
    void knexAndSequelize() {
        String knex = """
                exports.up = async function (knex) {
                  await knex.schema.dropTableIfExists('customers');
                  await knex.schema.alterTable('users', (table) => {
                    table.dropColumn('email');
                  });
                  await knex.raw('TRUNCATE audit');
                  // await knex.schema.dropTable('commented');
                };
                exports.down = async function (knex) {
                  await knex.schema.dropTable('orders');
                };
                """;
        assertThat(rules("migrations/20240101_cleanup.js", knex)).containsExactly(
                "drop-table@2:20", "drop-column@4:10", "truncate@6:19");
        String sequelize = """
                module.exports = {
                  async up(queryInterface, Sequelize) {
                    await queryInterface.removeColumn('users', 'email');
                    await queryInterface.bulkDelete('sessions', null, {});
                  },
                  async down(queryInterface) {
                    await queryInterface.dropTable('users');
                  },
                };
                """;
        assertThat(rules("migrations/2-cleanup.js", sequelize)).containsExactly("drop-column@3:25", "delete-without-where@4:25");
    }

    @Test
    void candidatesByPathAndContent() {
        assertThat(MigrationFiles.isCandidate("V1__init.sql", "", List.of())).isTrue();
        assertThat(MigrationFiles.isCandidate("prisma/migrations/2024_x/migration.sql", "", List.of())).isTrue();
        assertThat(MigrationFiles.isCandidate("app/models/user.rb", "class User < ApplicationRecord", List.of())).isFalse();
        assertThat(MigrationFiles.isCandidate("db/migrate/1_x.rb", "", List.of())).isTrue();
        assertThat(MigrationFiles.isCandidate("src/app.js", "console.log(1)", List.of())).isFalse();
        assertThat(MigrationFiles.isCandidate("pom.xml", "<project/>", List.of())).isFalse();
        assertThat(MigrationFiles.isCandidate("schema/001.pgsql", "", List.of("schema/*.pgsql"))).isTrue();
    }

    /** The pre-push check reads only files that may be migrations: that shortcut must never hide one. */
    @Test
    void everyFileThatCanBeACandidateIsReadBeforeDeciding() {
        String everyMarker = "ActiveRecord::Migration from django.db import migrations from alembic import op "
                + "databaseChangeLog knex exports.up = function (knex) { }";
        for (String path : List.of("V1.sql", "db/migrate/1_x.rb", "a/0001_x.py", "alembic/versions/x.py",
                "changelog.xml", "changelog.yaml", "changelog.yml", "migrations/1.js", "m/1.cjs", "m/1.mjs", "m/1.ts",
                "DB/V2__UPPER.SQL", "notes.md", "logo.png", "src/Main.java", "schema/001.pgsql")) {
            if (MigrationFiles.isCandidate(path, everyMarker, List.of("schema/*.pgsql"))) {
                assertThat(MigrationFiles.mayBeCandidate(path, List.of("schema/*.pgsql"))).as(path).isTrue();
            }
        }
        assertThat(MigrationFiles.mayBeCandidate("logo.png", List.of())).isFalse();
        assertThat(MigrationFiles.mayBeCandidate("docs/notes.md", List.of())).isFalse();
    }
}
