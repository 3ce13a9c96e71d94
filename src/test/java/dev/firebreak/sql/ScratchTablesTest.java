package dev.firebreak.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/**
 * A table this file created holds no stored rows yet: destroying its rows is listed as info, so the file's whole
 * effect shows. But only when the CREATE cannot have failed silently (psql runs on past a failed statement).
 */
class ScratchTablesTest {
    private static final String EFFECT = """
            CREATE TABLE t (id int, note text);
            INSERT INTO t SELECT id, note FROM legacy;
            TRUNCATE t;
            DELETE FROM t;
            UPDATE t SET note = NULL;
            ALTER TABLE t DROP COLUMN note;
            DROP TABLE t;
            """;

    @Test
    void everyDestructiveStatementOnAScratchTableIsListedAsInfo() {
        AnalysisReport report = Lint.report("V7__rebuild.sql", EFFECT);
        assertThat(report.findings()).extracting(Finding::rule, Finding::severity, Finding::line).containsExactly(
                tuple("scratch-table", Severity.INFO, 3), tuple("scratch-table", Severity.INFO, 4),
                tuple("scratch-table", Severity.INFO, 5), tuple("scratch-table", Severity.INFO, 6),
                tuple("drop-scratch-table", Severity.INFO, 7));
        assertThat(report.findings().get(0).message()).isEqualTo("truncates `t`, created at line 1 of this file");
        assertThat(report.findings().get(3).message()).isEqualTo("drops column `note` of `t`, created at line 1 of this file");
        assertThat(report.hasErrors()).isFalse();
    }

    @Test
    void aPlainPsqlFileWithoutOnErrorStopKeepsTheAlarmWithAHint() {
        AnalysisReport report = Lint.report("cleanup.sql", EFFECT);
        assertThat(report.findings()).extracting(Finding::rule, Finding::severity).containsExactly(
                tuple("truncate", Severity.ERROR), tuple("delete-without-where", Severity.ERROR),
                tuple("update-without-where", Severity.ERROR), tuple("drop-column", Severity.ERROR),
                tuple("drop-table", Severity.ERROR));
        assertThat(report.findings().get(0).message()).startsWith("empties table `t` — psql runs on after a failed statement")
                .contains("\\set ON_ERROR_STOP on").contains("BEGIN … COMMIT");
    }

    @Test
    void onErrorStopBeforeTheCreateMakesItScratch() {
        assertThat(Lint.report("cleanup.sql", "\\set ON_ERROR_STOP on\n" + EFFECT).hasErrors()).isFalse();
        assertThat(Lint.report("cleanup.sql", "\\set ON_ERROR_STOP\n" + EFFECT).hasErrors()).isFalse();
        assertThat(Lint.report("cleanup.sql", "\\set ON_ERROR_STOP off\n" + EFFECT).hasErrors()).isTrue();
        // set only after the CREATE ran: that CREATE may already have failed
        assertThat(Lint.report("cleanup.sql", "CREATE TABLE t (id int);\n\\set ON_ERROR_STOP on\nTRUNCATE t;").hasErrors()).isTrue();
        assertThat(Lint.report("cleanup.sql", "\\set ON_ERROR_STOP 1\n\\unset ON_ERROR_STOP\nCREATE TABLE t (id int);\nTRUNCATE t;")
                .hasErrors()).isTrue();
    }

    @Test
    void aTransactionAroundCreateAndUseMakesItScratch() {
        assertThat(Lint.report("cleanup.sql", "BEGIN;\n" + EFFECT + "COMMIT;\n").hasErrors()).isFalse();
        // a failed CREATE aborts its own block only: the next block runs against the existing table
        assertThat(Lint.rules("cleanup.sql", "BEGIN;\nCREATE TABLE t (id int);\nCOMMIT;\nBEGIN;\nTRUNCATE t;\nCOMMIT;"))
                .containsExactly("truncate@5:1");
    }

    @Test
    void createTableIfNotExistsNeverMakesAScratchTable() {
        AnalysisReport report = Lint.report("V7__rebuild.sql", "CREATE TABLE IF NOT EXISTS t (id int);\nTRUNCATE t;\nDROP TABLE t;");
        assertThat(report.findings()).extracting(Finding::rule).containsExactly("truncate", "drop-table");
        assertThat(report.findings().get(0).message()).contains("IF NOT EXISTS at line 1 of this file");
    }

    @Test
    void aTableAnEarlierFileOfTheChangeSetCreatedIsScratchNamedByFileAndLine() {
        AnalysisReport report = new MigrationAnalyzer(RuleSettings.defaults()).analyze(java.util.List.of(
                new SourceFile("V1__imports.sql", "CREATE TABLE imports (id int, note text);"),
                new SourceFile("V2__cleanup.sql", "TRUNCATE imports;\nDELETE FROM imports;\nALTER TABLE imports DROP COLUMN note;")));
        assertThat(report.findings()).extracting(Finding::file, Finding::rule, Finding::severity, Finding::message).containsExactly(
                tuple("V2__cleanup.sql", "scratch-table", Severity.INFO, "truncates `imports`, created at V1__imports.sql:1"),
                tuple("V2__cleanup.sql", "scratch-table", Severity.INFO, "deletes every row of `imports`, created at V1__imports.sql:1"),
                tuple("V2__cleanup.sql", "scratch-table", Severity.INFO, "drops column `note` of `imports`, created at V1__imports.sql:1"));
    }

    @Test
    void aFrameworkMigrationListsWhatItDoesToTheTableItCreated() {
        String migration = """
                class CreateImports < ActiveRecord::Migration[7.1]
                  def change
                    create_table :imports do |t|
                      t.string :name
                    end
                    remove_column :imports, :name
                    execute "TRUNCATE imports"
                  end
                end
                """;
        assertThat(Lint.report("db/migrate/20240101000000_create_imports.rb", migration).findings())
                .extracting(Finding::rule, Finding::severity, Finding::line).containsExactly(
                        tuple("scratch-table", Severity.INFO, 6), tuple("scratch-table", Severity.INFO, 7));
    }

    @Test
    void migrationToolsStopOnErrorSoTheirFilesAreScratchWithoutATransaction() {
        for (String path : new String[] {"db/V2__x.sql", "db/R__views.sql", "migrations/001_init.up.sql",
                "prisma/migrations/20240101_init/migration.sql"}) {
            assertThat(Lint.report(path, EFFECT).hasErrors()).as(path).isFalse();
        }
        assertThat(Lint.report("changelog.sql", "--liquibase formatted sql\n--changeset a:1\n" + EFFECT).hasErrors()).isFalse();
        assertThat(Lint.report("20240101_x.sql", "-- migrate:up\n" + EFFECT).hasErrors()).isFalse();
    }
}
