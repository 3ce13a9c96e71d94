package dev.firebreak.sql.lex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.sql.Finding;
import dev.firebreak.sql.MigrationAnalyzer;
import dev.firebreak.sql.RuleSettings;
import dev.firebreak.sql.SourceFile;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Random and truncated input: the lexer and the analyzer never throw, and every position lies inside the file. */
class LexerPropertiesTest {
    private static final String MIGRATION = """
            BEGIN;
            -- firebreak:allow drop-table reason="scratch"
            DROP TABLE IF EXISTS "Public"."Old";
            /* nested /* comment */ */ CREATE TABLE t (a int, b text DEFAULT E'x\\'y');
            DO $body$ BEGIN IF true THEN DELETE FROM t; END IF; END $body$;
            ALTER TABLE t DROP COLUMN a, ALTER b TYPE varchar(3);
            UPDATE t SET b = 'it''s' ;
            \\set x 1
            COMMIT;
            """;

    @Provide
    Arbitrary<String> sqlish() {
        Arbitrary<String> pieces = Arbitraries.of("DROP", " TABLE ", "'", "\"", "$$", "$t$", "--", "/*", "*/", "\n",
                ";", "(", ")", "E'", "U&'", "\\", "x", " CASCADE", "DELETE FROM t", "WHERE", "firebreak:allow ", "ä", "\r\n",
                "drop_table :t", "execute ", "<<~SQL", "op.drop_table('t')", "op.execute(", "\"\"\"", "def down",
                "<dropTable tableName=\"t\"/>", "<sql>", "</sql>", "<![CDATA[", "- dropTable:", "  tableName: t", "sql: |",
                "knex.raw(", ".dropColumn('c')", "RunSQL(", "#", "//", "{", "}");
        return Arbitraries.oneOf(
                pieces.list().ofMaxSize(40).map(list -> String.join("", list)),
                Arbitraries.strings().ofMaxLength(200));
    }

    @Property(tries = 500)
    void randomInputNeverThrowsAndPositionsStayInTheFile(@ForAll("sqlish") String sql) {
        assertPositionsInside(sql);
    }

    @Property(tries = 300)
    void everyTruncationOfARealMigrationIsSafe(@ForAll @IntRange(min = 0, max = 400) int cut) {
        assertPositionsInside(MIGRATION.substring(0, Math.min(cut, MIGRATION.length())));
    }

    private static void assertPositionsInside(String sql) {
        long sqlLines = sql.chars().filter(c -> c == '\n').count() + 1;
        TokenList tokens = Lexer.lex(sql);
        for (int i = 0; i < tokens.size(); i++) {
            assertThat(tokens.line(i)).isBetween(1, (int) sqlLines);
            assertThat(tokens.column(i)).isBetween(1, sql.length());
        }
        // every reader: SQL, and the framework readers with just enough marker text to be chosen
        for (String[] file : new String[][] {{"m.sql", ""}, {"db/migrate/1_x.rb", ""}, {"app/migrations/0001_x.py", ""},
                {"alembic/versions/a.py", "from alembic import op\n"}, {"changelog.xml", "<databaseChangeLog>\n"},
                {"changelog.yaml", "databaseChangeLog:\n"}, {"migrations/1.js", "exports.up = knex => knex\n"}}) {
            String content = file[1] + sql;
            long lines = content.chars().filter(c -> c == '\n').count() + 1;
            List<Finding> findings = new MigrationAnalyzer(RuleSettings.defaults())
                    .analyze(List.of(new SourceFile(file[0], content))).findings();
            for (Finding finding : findings) {
                assertThat(finding.line()).isBetween(1, (int) lines);
                assertThat(finding.endLine()).isBetween(finding.line(), (int) lines);
                assertThat(finding.column()).isPositive();
            }
        }
    }
}
