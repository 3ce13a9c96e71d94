package dev.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code firebreak lint} run in-process on real files, as a user or CI would run it. */
class LintCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int lint(String... args) {
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private Path write(String relative, String content) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @Test
    void textOutputLooksLikeACompilersAndExitsOneOnErrors() throws Exception {
        Path file = write("migrations/V1__drop.sql", "SELECT 1;\n  DROP TABLE customers;\n");
        assertThat(lint("lint", "--repo", dir.toString(), file.toString())).isEqualTo(Cli.FAILED);
        assertThat(out.toString()).startsWith(file + ":2:3: error[drop-table] drops table `customers` and all its rows\n")
                .contains("    instead: ").contains("1 file, 2 statements: 1 error, 0 warnings, 0 info");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void directoriesRecurseIntoMigrationsInNaturalOrderAndSkipOtherFiles() throws Exception {
        write("db/V10__recreate.sql", "CREATE TABLE customers (id int);");
        write("db/V2__drop.sql", "DROP TABLE customers;");
        write("db/README.md", "DROP TABLE customers;");
        write("db/app.rb", "drop_table :customers # not a migration");
        assertThat(lint("lint", "--format", "json", "--repo", dir.toString(), dir.resolve("db").toString())).isEqualTo(Cli.FAILED);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("files").asInt()).isEqualTo(2);
        assertThat(json.get("statements").asInt()).isEqualTo(2);
        assertThat(json.get("findings")).hasSize(1);
        JsonNode drop = json.get("findings").get(0);
        assertThat(drop.get("file").asText()).isEqualTo(dir.resolve("db/V2__drop.sql").toString());
        assertThat(drop.get("line").asInt()).isEqualTo(1);
        assertThat(drop.get("column").asInt()).isEqualTo(1);
        assertThat(drop.get("endLine").asInt()).isEqualTo(1);
        assertThat(drop.get("rule").asText()).isEqualTo("drop-table");
        assertThat(drop.get("severity").asText()).isEqualTo("error");
        assertThat(drop.get("statement").asText()).isEqualTo("DROP TABLE customers");
        assertThat(drop.get("suppressed").asBoolean()).isFalse();
    }

    @Test
    void aTableCreatedByAnOldMigrationIsRealDataWhenALaterOneDropsIt() throws Exception {
        write("db/V1__customers.sql", "CREATE TABLE customers (id int);");
        write("db/V42__checkout.sql", "DROP TABLE IF EXISTS customers;");

        assertThat(lint("lint", "--repo", dir.toString(), dir.resolve("db").toString())).isEqualTo(Cli.FAILED);

        assertThat(out.toString()).contains("V42__checkout.sql:1:1: error[drop-table] drops table `customers`")
                .doesNotContain("scratch");
    }

    @Test
    void filesChangedTogetherAreOneChangeSetSoADropThenCreateAcrossThemIsCaught() throws Exception {
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            write("db/V1__base.sql", "SELECT 1;");
            commit(git, "base");
            write("db/V2__drop.sql", "DROP TABLE IF EXISTS customers;");
            write("db/V3__recreate.sql", "CREATE TABLE customers (id int);");
            commit(git, "checkout redesign");
        }

        assertThat(lint("lint", "--format", "json", "--changed-since", "HEAD~1", "--repo", dir.toString(),
                dir.resolve("db").toString())).isEqualTo(Cli.FAILED);

        assertThat(new ObjectMapper().readTree(out.toString()).get("findings").findValuesAsText("rule"))
                .containsExactly("drop-and-recreate");
    }

    private static void commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor("t", "t@example.invalid").setCommitter("t", "t@example.invalid").call();
    }

    @Test
    void aRepositoryWithSeveralFrameworksIsSearchedAsAUserWouldPointAtIt() throws Exception {
        write("db/migrate/20240101000000_drop_legacy.rb", "class DropLegacy < ActiveRecord::Migration[7.1]\n  def change\n    remove_column :users, :email\n  end\nend\n");
        write("alembic/versions/ab12_cleanup.py", "from alembic import op\n\ndef upgrade():\n    op.drop_table('invoices')\n");
        write("web/src/app.js", "knex.schema.dropTable('not_a_migration')");
        write("docs/notes.md", "DROP TABLE everything;");
        write("prisma/migrations/20240101_init/migration.sql", "-- comment: DROP TABLE x;\nCREATE TABLE \"User\" (id int);");
        assertThat(lint("lint", "--repo", dir.toString(), dir.toString())).isEqualTo(Cli.FAILED);
        assertThat(out.toString().lines().filter(line -> line.contains(": error[")).toList()).containsExactly(
                dir.resolve("alembic/versions/ab12_cleanup.py") + ":4:5: error[drop-table] drops table `invoices` and all its rows",
                dir.resolve("db/migrate/20240101000000_drop_legacy.rb") + ":3:5: error[drop-column] drops column `email` of `users` and its value in every row");
        assertThat(out.toString()).contains("3 files");
    }

    @Test
    void suppressedFindingsStayInJsonAndDoNotFail() throws Exception {
        Path file = write("m.sql", "-- firebreak:allow truncate reason=\"nightly cache table\"\nTRUNCATE cache;");
        assertThat(lint("lint", "--format", "json", "--repo", dir.toString(), file.toString())).isEqualTo(Cli.OK);
        JsonNode finding = new ObjectMapper().readTree(out.toString()).get("findings").get(0);
        assertThat(finding.get("rule").asText()).isEqualTo("truncate");
        assertThat(finding.get("suppressed").asBoolean()).isTrue();
    }

    @Test
    void sarifForCodeScanning() throws Exception {
        Path file = write("m.sql", "ALTER TABLE users RENAME TO accounts;");
        assertThat(lint("lint", "--format", "sarif", "--repo", dir.toString(), file.toString())).isEqualTo(Cli.OK);
        JsonNode sarif = new ObjectMapper().readTree(out.toString());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.get("runs").get(0);
        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("firebreak");
        JsonNode result = run.get("results").get(0);
        assertThat(result.get("ruleId").asText()).isEqualTo("rename-table");
        assertThat(result.get("level").asText()).isEqualTo("warning");
        assertThat(run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt() + "/id").asText()).isEqualTo("rename-table");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("file://" + file);
        assertThat(result.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(19);
    }

    @Test
    void policyFileSetsSeverities() throws Exception {
        write(".firebreak.yml", "rules: {drop-table: warning}\n");
        Path file = write("m.sql", "DROP TABLE customers;");
        assertThat(lint("lint", "--repo", dir.toString(), file.toString())).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("warning[drop-table]");
    }

    @Test
    void policyGlobsAddMigrationsTheAnalyzerWouldNotRecognise() throws Exception {
        write("schema/001_init.pgsql", "TRUNCATE audit;");
        assertThat(lint("lint", "--repo", dir.toString(), dir.resolve("schema").toString())).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("0 files");
        write(".firebreak.yml", "migrations: [\"schema/*.pgsql\"]\n");
        assertThat(lint("lint", "--repo", dir.toString(), dir.resolve("schema").toString())).isEqualTo(Cli.FAILED);
        assertThat(out.toString()).contains("001_init.pgsql:1:1: error[truncate]");
    }

    @Test
    void unknownRuleInPolicyIsAUsageError() throws Exception {
        write(".firebreak.yml", "rules: {drop-tabel: off}\n");
        Path file = write("m.sql", "SELECT 1;");
        assertThat(lint("lint", "--repo", dir.toString(), file.toString())).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("unknown rule 'drop-tabel'").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void missingPathsAndBadOptionsExitTwoWithoutAStackTrace() {
        assertThat(lint("lint", "--repo", dir.toString(), dir.resolve("nope.sql").toString())).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("nope.sql: no such file or directory").doesNotContain("\tat ");
        assertThat(lint("lint", "--format", "xml", "x.sql")).isEqualTo(Cli.USAGE);
        assertThat(lint("lint")).isEqualTo(Cli.USAGE);
    }

    @Test
    void invalidUtf8IsLintedAnywayWithANote() throws Exception {
        Path file = dir.resolve("latin1.sql");
        Files.write(file, "-- caf\u00e9\nDROP TABLE t;".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(lint("lint", "--repo", dir.toString(), file.toString())).isEqualTo(Cli.FAILED);
        assertThat(out.toString()).contains(":2:1: error[drop-table]");
        assertThat(err.toString()).contains("not valid UTF-8");
    }

    @Test
    void changedSinceLintsOnlyFilesAddedOrModifiedSinceTheRevision() throws Exception {
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            write("migrations/V1__old.sql", "DROP TABLE old_stuff;");
            write("migrations/V2__edited.sql", "SELECT 1;");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("base").setAuthor("t", "t@example.invalid").setCommitter("t", "t@example.invalid").call();
            write("migrations/V2__edited.sql", "SELECT 1;\nTRUNCATE audit;");
            write("migrations/V3__new.sql", "ALTER TABLE users DROP COLUMN email;");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("change").setAuthor("t", "t@example.invalid").setCommitter("t", "t@example.invalid").call();
            write("migrations/V4__uncommitted.sql", "DROP TABLE not_yet_committed;");
        }
        assertThat(lint("lint", "--format", "json", "--changed-since", "HEAD~1", "--repo", dir.toString(),
                dir.resolve("migrations").toString())).isEqualTo(Cli.FAILED);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("files").asInt()).isEqualTo(2);
        assertThat(json.get("findings").findValuesAsText("rule")).containsExactly("truncate", "drop-column");

        assertThat(lint("lint", "--changed-since", "no-such-branch", "--repo", dir.toString(), dir.toString())).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("unknown revision 'no-such-branch'");
    }

    @Test
    void filesWithAByteOrderMarkAreReadInTheirEncoding() throws Exception {
        String sql = "SELECT 1;\nDROP TABLE customers;\n";
        String[][] encodings = {{"UTF-16LE", "\uFEFF"}, {"UTF-16BE", "\uFEFF"}, {"UTF-32LE", "\uFEFF"},
                {"UTF-32BE", "\uFEFF"}, {"UTF-8", "\uFEFF"}};
        for (String[] encoding : encodings) {
            Path file = dir.resolve("V1__" + encoding[0] + ".sql");
            Files.write(file, (encoding[1] + sql).getBytes(java.nio.charset.Charset.forName(encoding[0])));
            out.getBuffer().setLength(0);
            assertThat(lint("lint", "--repo", dir.toString(), file.toString())).as(encoding[0]).isEqualTo(Cli.FAILED);
            assertThat(out.toString()).as(encoding[0]).startsWith(file + ":2:1: error[drop-table] drops table `customers`");
        }
        assertThat(err.toString()).isEmpty();
    }
}
