package dev.firebreak.sql;

import static dev.firebreak.sql.Lint.rules;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each framework reader on its framework's own documented examples (written from the Liquibase, Rails, Django,
 * Alembic, Knex, Sequelize and Prisma documentation, adapted so every example also holds a destructive change on a
 * table that already exists), with the rollback half that must stay silent.
 */
class FrameworkReadersTest {
    @Test
    void liquibaseJsonChangelog() {
        String changelog = """
                {
                  "databaseChangeLog": [
                    {
                      "changeSet": {
                        "id": "1",
                        "author": "your.name",
                        "changes": [
                          {
                            "dropTable": {
                              "cascadeConstraints": true,
                              "schemaName": "public",
                              "tableName": "person"
                            }
                          },
                          {
                            "dropColumn": {
                              "columnName": "id",
                              "columns": [
                                { "column": { "name": "id" } },
                                { "column": { "name": "nickname" } }
                              ],
                              "schemaName": "public",
                              "tableName": "customer"
                            }
                          },
                          { "delete": { "tableName": "cat", "where": "name='Bob'" } },
                          { "delete": { "tableName": "session" } },
                          { "update": { "tableName": "address", "columns": [{ "column": { "name": "city", "value": "x" } }] } },
                          { "sql": { "splitStatements": true, "sql": "TRUNCATE audit_log;\\nUPDATE person SET \\"Name\\" = 'x' WHERE id = 1" } }
                        ],
                        "rollback": [
                          { "dropTable": { "tableName": "orders" } }
                        ]
                      }
                    }
                  ]
                }
                """;
        assertThat(rules("db/changelog/db.changelog-master.json", changelog)).containsExactly(
                "drop-table@9:13", "drop-column@16:13", "drop-column@16:13",
                "delete-without-where@27:13", "update-without-where@28:13", "truncate@29:55");
        List<Finding> findings = Lint.report("changelog.json", changelog).findings();
        assertThat(findings.get(0).message()).contains("`public.person`").contains("— and with CASCADE every view");
        assertThat(findings.get(2).message()).contains("`nickname` of `public.customer`");
    }

    @Test
    void brokenJsonIsReportedNotPassed() {
        assertThat(Lint.report("changelog.json", "{\"databaseChangeLog\": [ {\"changeSet\": \n  {\"dropTable\" ")
                .findings()).extracting(Finding::rule, Finding::line).containsExactly(org.assertj.core.groups.Tuple.tuple("unterminated", 2));
    }

    @Test
    void liquibaseFormattedSqlKeepsRollbackCommentsSilent() {
        String changelog = """
                --liquibase formatted sql

                --changeset nvoxland:1
                create table test1 (
                    id int primary key,
                    name varchar(255)
                );
                --rollback drop table test1;

                --changeset nvoxland:2
                insert into test1 (id, name) values (1, 'name 1');
                delete from person;
                --rollback insert into person select * from person_archive;
                """;
        assertThat(rules("db/changelog/changes.sql", changelog)).containsExactly("delete-without-where@12:1");
    }

    @Test
    void prismaMigrationSql() {
        String migration = """
                /*
                  Warnings:

                  - You are about to drop the column `bio` on the `User` table. All the data in the column will be lost.
                  - You are about to drop the `Profile` table. If the table is not empty, all the data it contains will be lost.

                */
                -- AlterTable
                ALTER TABLE "User" DROP COLUMN "bio";

                -- DropTable
                DROP TABLE "Profile";
                """;
        List<Finding> findings = Lint.report("prisma/migrations/20240101120000_drop_profile/migration.sql", migration).findings();
        assertThat(findings).extracting(f -> f.rule() + "@" + f.line()).containsExactly("drop-column@9", "drop-table@12");
        assertThat(findings.get(0).message()).contains("`bio` of `\"User\"`");
        assertThat(findings.get(1).message()).contains("`\"Profile\"`");
    }

    @Test
    void railsChangeTableAndReversible() {
        String migration = """
                class ChangeProductsPrice < ActiveRecord::Migration[7.1]
                  def change
                    change_table :products do |t|
                      t.remove :description, :name
                      t.string :part_number
                      t.index :part_number
                      t.rename :upccode, :upc_code
                      t.remove_references :supplier
                      t.remove_timestamps
                    end

                    reversible do |direction|
                      direction.up do
                        execute <<-SQL
                          TRUNCATE product_cache;
                        SQL
                      end
                      direction.down do
                        execute "DELETE FROM product_cache"
                        remove_column :products, :upc_code
                      end
                    end
                    reversible do |dir|
                      dir.down { execute "DROP TABLE products" }
                    end

                    remove_columns :users, :email, :phone, type: :string
                    remove_timestamps :sessions
                  end
                end
                """;
        assertThat(rules("db/migrate/20240101000000_change_products_price.rb", migration)).containsExactly(
                "drop-column@4:7", "drop-column@4:7", "create-index-not-concurrently@6:7", "rename-column@7:7",
                "drop-column@8:7", "drop-column@9:7", "drop-column@9:7", "truncate@15:11",
                "drop-column@27:5", "drop-column@27:5", "drop-column@28:5", "drop-column@28:5");
        List<Finding> findings = Lint.report("db/migrate/1_x.rb", migration).findings();
        assertThat(findings.get(0).message()).contains("`description` of `products`");
        assertThat(findings.get(4).message()).contains("`supplier_id` of `products`");
        assertThat(findings.get(11).message()).contains("`updated_at` of `sessions`");
    }

    @Test
    void djangoRunSqlListsRunPythonAndStateOnlyOperations() {
        String migration = """
                from django.db import migrations


                def forwards_func(apps, schema_editor):
                    Country = apps.get_model("myapp", "Country")
                    db_alias = schema_editor.connection.alias
                    Country.objects.using(db_alias).filter(code="xx").delete()
                    Country.objects.using(db_alias).all().delete()
                    Country.objects.update(active=False)
                    schema_editor.execute("TRUNCATE myapp_visit")


                def reverse_func(apps, schema_editor):
                    Country = apps.get_model("myapp", "Country")
                    Country.objects.all().delete()


                class Migration(migrations.Migration):
                    operations = [
                        migrations.RunPython(forwards_func, reverse_func),
                        migrations.RunSQL(
                            sql=[("INSERT INTO musician (name) VALUES (%s);", ["Reinhardt"]), "DELETE FROM myapp_cart"],
                            reverse_sql=[("DELETE FROM musician where name=%s;", ["Reinhardt"])],
                        ),
                        migrations.RunSQL(
                            "INSERT INTO musician (name) VALUES ('Reinhardt');",
                            reverse_sql="DELETE FROM musician where name='Reinhardt';",
                        ),
                        migrations.SeparateDatabaseAndState(
                            state_operations=[migrations.DeleteModel("Legacy")],
                            database_operations=[migrations.RunSQL("TRUNCATE myapp_legacy")],
                        ),
                    ]
                """;
        assertThat(rules("myapp/migrations/0002_countries.py", migration)).containsExactly(
                "delete-without-where@8:5", "update-without-where@9:5", "truncate@10:28",
                "run-python@20:9", "delete-without-where@22:80", "truncate@31:53");
        List<Finding> findings = Lint.report("myapp/migrations/0002_countries.py", migration).findings();
        assertThat(findings.get(0).message()).contains("`myapp_country`");
    }

    /** Django's "Data migrations" example, word for word: Firebreak cannot see what the Python does, so it asks for a review. */
    @Test
    void djangoRunPythonIsFlaggedForReviewNamingItsFunction() {
        String migration = """
                from django.db import migrations


                def forwards_func(apps, schema_editor):
                    # We get the model from the versioned app registry;
                    # if we directly import it, it'll be the wrong version
                    Country = apps.get_model("myapp", "Country")
                    db_alias = schema_editor.connection.alias
                    Country.objects.using(db_alias).bulk_create(
                        [
                            Country(name="USA", code="us"),
                            Country(name="France", code="fr"),
                        ]
                    )


                def reverse_func(apps, schema_editor):
                    # forwards_func() creates two Country instances,
                    # so reverse_func() should delete them.
                    Country = apps.get_model("myapp", "Country")
                    db_alias = schema_editor.connection.alias
                    Country.objects.using(db_alias).filter(name="USA", code="us").delete()
                    Country.objects.using(db_alias).filter(name="France", code="fr").delete()


                class Migration(migrations.Migration):
                    dependencies = []

                    operations = [
                        migrations.RunPython(forwards_func, reverse_func),
                        migrations.RunPython(code=migrations.RunPython.noop, reverse_code=reverse_func),
                        migrations.RunPython(lambda apps, schema_editor: None),
                    ]
                """;
        List<Finding> findings = Lint.report("myapp/migrations/0002_countries.py", migration).findings();
        assertThat(findings).extracting(f -> f.rule() + "@" + f.line() + ":" + f.column() + " " + f.severity())
                .containsExactly("run-python@30:9 WARNING", "run-python@32:9 WARNING");
        assertThat(findings.get(0).message()).contains("`forwards_func()`");
        assertThat(findings.get(1).message()).contains("a lambda");
        assertThat(findings).noneMatch(Finding::blocking);
    }

    @Test
    void alembicExecuteWithTextAndTheMigrationConnection() {
        String migration = """
                from alembic import op
                import sqlalchemy as sa
                from sqlalchemy import text


                def upgrade():
                    op.execute(text("DELETE FROM account"))
                    op.execute(sa.text("UPDATE account SET name = :name WHERE id = :id").bindparams(name="x", id=1))
                    conn = op.get_bind()
                    conn.execute(sa.text("TRUNCATE account_history"))
                    op.get_bind().execute(sqlalchemy.text(\"""
                        DROP TABLE legacy_accounts
                    \"""))


                def downgrade():
                    op.execute(text("DELETE FROM account_archive"))
                """;
        assertThat(rules("alembic/versions/1975ea83b712_cleanup.py", migration)).containsExactly(
                "delete-without-where@7:22", "truncate@10:27", "drop-table@12:9");
    }

    @Test
    void knexAndSequelizeUpdatesOfEveryRowAndDroppedTimestamps() {
        String knex = """
                exports.up = function (knex) {
                  return knex.schema
                    .table('users', function (table) {
                      table.dropTimestamps();
                    })
                    .then(() => knex('users').update({ active: false }))
                    .then(() => knex('users').where('id', 1).update({ active: true }));
                };

                exports.down = function (knex) {
                  return knex('users').update({ active: true });
                };
                """;
        assertThat(rules("migrations/20240101_users.js", knex)).containsExactly(
                "drop-column@4:12", "drop-column@4:12", "update-without-where@6:17");
        String sequelize = """
                module.exports = {
                  async up(queryInterface, Sequelize) {
                    await queryInterface.bulkUpdate('Users', { active: false }, {});
                    await queryInterface.bulkUpdate('Users', { active: true }, { id: 1 });
                  },
                  async down(queryInterface, Sequelize) {
                    await queryInterface.bulkUpdate('Users', { active: true }, {});
                  },
                };
                """;
        assertThat(rules("migrations/20240102-users.js", sequelize)).containsExactly("update-without-where@3:25");
    }
}
