package dev.firebreak.sql;

import static dev.firebreak.sql.Lint.findings;
import static dev.firebreak.sql.Lint.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A destructive statement written with CASCADE gets one finding, its own rule's, saying what CASCADE takes along;
 * {@code drop-cascade} stands alone only where no other rule speaks for the statement.
 */
class CascadeFindingsTest {
    private static List<Finding> analyze(Map<String, String> rules, String sql) {
        return new MigrationAnalyzer(RuleSettings.fromPolicy(rules)).analyze(List.of(new SourceFile("m.sql", sql))).findings();
    }

    @Test
    void eachDestructiveStatementWithCascadeGetsExactlyOneFinding() {
        assertThat(rules("ALTER TABLE t DROP COLUMN c CASCADE;")).containsExactly("drop-column@1:15");
        assertThat(rules("DROP SCHEMA billing CASCADE;")).containsExactly("drop-schema@1:1");
        assertThat(rules("DROP TABLE customers CASCADE;")).containsExactly("drop-table@1:1");
        assertThat(rules("DROP OWNED BY app CASCADE;")).containsExactly("drop-owned@1:1");
        assertThat(rules("DROP DATABASE shop CASCADE;")).containsExactly("drop-database@1:1");
        assertThat(rules("DROP FOREIGN TABLE remote_orders CASCADE;")).containsExactly("drop-foreign-table@1:1");
        assertThat(rules("ALTER FOREIGN TABLE remote_orders DROP COLUMN note CASCADE;")).containsExactly("drop-foreign-table@1:35");
        assertThat(rules("DROP TABLE customers CASCADE;\nCREATE TABLE customers (id int);")).containsExactly("drop-and-recreate@1:1");
    }

    @Test
    void theFindingSaysWhatCascadeTakesAlong() {
        assertThat(findings("ALTER TABLE t DROP COLUMN c CASCADE").get(0).message()).isEqualTo(
                "drops column `c` of `t` and its value in every row — and with CASCADE every view that uses it and every foreign key that references it");
        assertThat(findings("DROP TABLE customers CASCADE").get(0).message()).isEqualTo(
                "drops table `customers` and all its rows — and with CASCADE every view, foreign key and object that depends on it");
        assertThat(findings("DROP SCHEMA billing CASCADE").get(0).message()).isEqualTo(
                "drops schema `billing` — and with CASCADE every table in it with all its rows, and every object elsewhere that depends on them");
        assertThat(findings("DROP OWNED BY app CASCADE").get(0).message()).isEqualTo(
                "drops every object owned by `app` — and with CASCADE every object of other roles that depends on them");
        assertThat(findings("DROP FOREIGN TABLE remote_orders CASCADE").get(0).message()).endsWith(
                "— and with CASCADE every view and materialized view built on it");
        assertThat(findings("DROP TABLE customers CASCADE; CREATE TABLE customers (id int);").get(0).message()).isEqualTo(
                "drops `customers` and recreates it empty at line 1 — all existing rows are lost,"
                        + " and with CASCADE every view, foreign key and object that depends on it");
        // each column of one ALTER TABLE is its own finding; only the one written with CASCADE says so
        assertThat(findings("ALTER TABLE t DROP COLUMN a, DROP COLUMN b CASCADE")).extracting(Finding::rule, Finding::message)
                .containsExactly(tuple("drop-column", "drops column `a` of `t` and its value in every row"),
                        tuple("drop-column", "drops column `b` of `t` and its value in every row — and with CASCADE"
                                + " every view that uses it and every foreign key that references it"));
    }

    @Test
    void theOneFindingIsAsSevereAsTheMoreSevereOfItsTwoRules() {
        assertThat(analyze(Map.of("drop-column", "warning"), "ALTER TABLE t DROP COLUMN c CASCADE"))
                .extracting(Finding::rule, Finding::severity).containsExactly(tuple("drop-column", Severity.ERROR));
        assertThat(analyze(Map.of("drop-and-recreate", "info"), "DROP TABLE t CASCADE; CREATE TABLE t (id int);"))
                .extracting(Finding::rule, Finding::severity).containsExactly(tuple("drop-and-recreate", Severity.ERROR));
        assertThat(analyze(Map.of("drop-cascade-dependents", "error"), "DROP FOREIGN TABLE remote_orders CASCADE"))
                .extracting(Finding::rule, Finding::severity).containsExactly(tuple("drop-foreign-table", Severity.ERROR));
        assertThat(analyze(Map.of("drop-column", "warning", "drop-cascade", "off"), "ALTER TABLE t DROP COLUMN c CASCADE"))
                .extracting(Finding::rule, Finding::severity).containsExactly(tuple("drop-column", Severity.WARNING));
        // with its own rule off, the statement still raises the CASCADE alarm
        assertThat(analyze(Map.of("drop-schema", "off"), "DROP SCHEMA billing CASCADE"))
                .extracting(Finding::rule, Finding::severity).containsExactly(tuple("drop-cascade", Severity.ERROR));
    }

    @Test
    void dropCascadeStandsAloneWhereNoOtherRuleSpeaks() {
        assertThat(rules("DROP TYPE address CASCADE;\nDROP DOMAIN email CASCADE;\nDROP EXTENSION postgis CASCADE;"))
                .containsExactly("drop-cascade@1:1", "drop-cascade@2:1", "drop-cascade@3:1");
        assertThat(rules("DROP VIEW v CASCADE;")).containsExactly("drop-cascade-dependents@1:1");
    }

    @Test
    void allowingTheStatementsRuleAllowsItsOneFinding() {
        assertThat(findings("-- firebreak:allow drop-column reason=\"moved to profiles in #88\"\nALTER TABLE users DROP COLUMN bio CASCADE;"))
                .extracting(Finding::rule, Finding::suppressed).containsExactly(tuple("drop-column", true));
    }
}
