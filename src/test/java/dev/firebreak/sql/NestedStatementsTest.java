package dev.firebreak.sql;

import static dev.firebreak.sql.Lint.findings;
import static dev.firebreak.sql.Lint.rules;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Statements that run inside another statement are reported at their own position, saying where they run. */
class NestedStatementsTest {
    @Test
    void aDataModifyingCteIsReportedAtItsOwnLineAndColumn() {
        Finding finding = findings("WITH gone AS (\n    DELETE FROM orders RETURNING *)\nINSERT INTO archive SELECT * FROM gone;").get(0);
        assertThat(finding.rule()).isEqualTo("delete-without-where");
        assertThat(finding.line()).isEqualTo(2);
        assertThat(finding.column()).isEqualTo(5);
        assertThat(finding.message()).isEqualTo("deletes every row of `orders`: no WHERE clause restricts it (inside WITH)");
        assertThat(finding.statement()).isEqualTo("DELETE FROM orders RETURNING *");
    }

    @Test
    void cteBodiesAreFollowedAtAnyDepth() {
        assertThat(rules("""
                WITH a AS (
                  WITH b AS (UPDATE prices SET amount = 0 RETURNING id)
                  DELETE FROM carts RETURNING id),
                c AS MATERIALIZED (DELETE FROM sessions WHERE expires < now() RETURNING 1)
                SELECT * FROM a;
                """)).containsExactly("delete-without-where@2:3", "update-without-where@2:14");
    }

    @Test
    void copyOfADataModifyingQueryRunsIt() {
        assertThat(findings("COPY (DELETE FROM t RETURNING *) TO STDOUT;"))
                .extracting(Finding::rule, Finding::column, Finding::message).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "delete-without-where", 7, "deletes every row of `t`: no WHERE clause restricts it (inside COPY)"));
        assertThat(rules("COPY (SELECT * FROM t) TO STDOUT; COPY t TO STDOUT; COPY t FROM STDIN;")).isEmpty();
    }

    @Test
    void explainAnalyzeRunsTheStatementPlainExplainDoesNot() {
        assertThat(rules("EXPLAIN ANALYZE DELETE FROM t;")).containsExactly("delete-without-where@1:17");
        assertThat(rules("EXPLAIN ANALYSE VERBOSE UPDATE t SET a = 1;")).containsExactly("update-without-where@1:25");
        assertThat(rules("EXPLAIN (ANALYZE, BUFFERS) DELETE FROM t;")).containsExactly("delete-without-where@1:28");
        assertThat(rules("EXPLAIN (FORMAT JSON, ANALYZE true) WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d;"))
                .containsExactly("delete-without-where@1:48");
        assertThat(findings("EXPLAIN ANALYZE DELETE FROM t").get(0).message()).endsWith("(inside EXPLAIN ANALYZE)");
        assertThat(rules("""
                EXPLAIN DELETE FROM t;
                EXPLAIN VERBOSE UPDATE t SET a = 1;
                EXPLAIN (ANALYZE false) DELETE FROM t;
                EXPLAIN (ANALYZE off, COSTS) TRUNCATE t;
                EXPLAIN WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d;
                """)).isEmpty();
    }

    @Test
    void createTableAsAndSelectIntoRunTheirWith() {
        assertThat(rules("CREATE TABLE archive AS WITH gone AS (DELETE FROM orders RETURNING *) SELECT * FROM gone;"))
                .containsExactly("delete-without-where@1:39");
        assertThat(rules("WITH gone AS (DELETE FROM orders RETURNING *) SELECT * INTO archive FROM gone;"))
                .containsExactly("delete-without-where@1:15");
    }

    @Test
    void anAllowCommentOnTheOuterStatementCoversTheInnerOne() {
        assertThat(findings("""
                -- firebreak:allow delete-without-where reason="archived first"
                WITH gone AS (
                  DELETE FROM orders RETURNING *)
                INSERT INTO archive SELECT * FROM gone;
                """)).extracting(Finding::suppressed).containsExactly(true);
    }
}
