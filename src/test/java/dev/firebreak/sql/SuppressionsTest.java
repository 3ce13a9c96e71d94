package dev.firebreak.sql;

import static dev.firebreak.sql.Lint.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class SuppressionsTest {
    @Test
    void aDirectiveAboveTheStatementWithAReasonSuppressesButKeepsTheFinding() {
        AnalysisReport report = Lint.report("m.sql", """
                -- firebreak:allow drop-table reason="replaced by customers_v2 in #42"
                DROP TABLE customers;
                DROP TABLE orders;
                """);
        assertThat(report.findings()).extracting(Finding::line, Finding::suppressed)
                .containsExactly(tuple(2, true), tuple(3, false));
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void aDirectiveOnTheStatementsLineCoversOnlyThatStatement() {
        assertThat(findings("DROP TABLE a CASCADE; -- firebreak:allow drop-table, drop-cascade reason='legacy'\nDROP TABLE b;"))
                .extracting(Finding::rule, Finding::line, Finding::suppressed)
                .containsExactly(tuple("drop-table", 1, true), tuple("drop-table", 2, false));
    }

    @Test
    void aDirectiveAboveBeginIsMeantForTheStatementInside() {
        assertThat(findings("-- firebreak:allow truncate reason=\"cache\"\nBEGIN;\nTRUNCATE cache;\nCOMMIT;"))
                .extracting(Finding::rule, Finding::suppressed).containsExactly(tuple("truncate", true));
    }

    @Test
    void onlyTheNamedRuleIsAllowed() {
        assertThat(findings("/* firebreak:allow drop-column reason=\"x\" */ ALTER TABLE a DROP COLUMN b, ALTER c TYPE bigint;"))
                .extracting(Finding::rule, Finding::suppressed)
                .containsExactly(tuple("drop-column", true), tuple("alter-column-type", false));
    }

    @Test
    void aDirectiveWithoutReasonAllowsNothingAndIsReported() {
        assertThat(findings("-- firebreak:allow truncate\nTRUNCATE audit;"))
                .extracting(Finding::rule, Finding::line, Finding::suppressed)
                .containsExactly(tuple("bad-suppression", 1, false), tuple("truncate", 2, false));
        assertThat(findings("-- firebreak:allow truncate reason=\"\"\nTRUNCATE audit;").get(0).message())
                .isEqualTo("firebreak:allow truncate has no reason=\"…\"; it allows nothing");
    }

    @Test
    void anUnknownRuleIsReported() {
        assertThat(findings("-- firebreak:allow drop-tabel reason=\"typo\"\nDROP TABLE a;"))
                .extracting(Finding::rule, Finding::suppressed)
                .containsExactly(tuple("bad-suppression", false), tuple("drop-table", false));
    }

    @Test
    void directivesInsideStringsAreNotDirectives() {
        assertThat(findings("SELECT '-- firebreak:allow drop-table reason=\"x\"';\nDROP TABLE a;"))
                .extracting(Finding::suppressed).containsExactly(false);
    }
}
