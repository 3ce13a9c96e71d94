package dev.firebreak.sql;

import static dev.firebreak.sql.Lint.findings;
import static dev.firebreak.sql.Lint.rules;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Error-level rules: every statement that destroys stored data, and the look-alikes that do not. */
class DataLossRulesTest {
    @Test
    void dropTableInAnyCaseAndSpacingNamesTheQualifiedTable() {
        Finding finding = findings("  drop   TABLE\n\tIF EXISTS public.customers;").get(0);
        assertThat(finding.rule()).isEqualTo("drop-table");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).isEqualTo("drops table `public.customers` and all its rows");
        assertThat(finding.hint()).contains("RENAME TO").contains("_old");
        assertThat(finding.line()).isEqualTo(1);
        assertThat(finding.column()).isEqualTo(3);
        assertThat(finding.endLine()).isEqualTo(2);
        assertThat(finding.statement()).isEqualTo("drop TABLE IF EXISTS public.customers");
        assertThat(rules("DROP\nTABLE\ncustomers")).containsExactly("drop-table@1:1");
    }

    @Test
    void quotedNamesAreUnquotedAndFoldedCorrectly() {
        assertThat(findings("DROP TABLE \"Sales\".\"Order \"\"Items\"\"\", Billing.Invoices;"))
                .extracting(Finding::message).containsExactly(
                        "drops table `\"Sales\".\"Order \"\"Items\"\"\"` and all its rows",
                        "drops table `billing.invoices` and all its rows");
    }

    @Test
    void commentsStringsAndDollarBodiesAreNotStatements() {
        assertThat(rules("""
                -- DROP TABLE customers;
                /* DROP TABLE customers; /* nested */ TRUNCATE orders; */
                SELECT 'DROP TABLE customers;', E'\\'; DELETE FROM x;', $$ DROP TABLE y; $$;
                CREATE FUNCTION f() RETURNS void AS $fn$ BEGIN DELETE FROM audit; END $fn$ LANGUAGE plpgsql;
                COMMENT ON TABLE t IS 'we used to DROP TABLE here';
                SELECT "drop table";
                """)).isEmpty();
    }

    @Test
    void dropsInsideTransactionsAndDoBlocksAreFound() {
        assertThat(rules("""
                BEGIN;
                DROP TABLE a;
                COMMIT;
                DO $$
                BEGIN
                  IF EXISTS (SELECT 1 FROM pg_tables WHERE tablename = 'b') THEN
                    DROP TABLE b;
                  END IF;
                  DELETE FROM c;
                  EXECUTE 'TRUNCATE d';
                END $$;
                """)).containsExactly("drop-table@2:1", "drop-table@7:5", "delete-without-where@9:3", "truncate@10:12");
    }

    @Test
    void aPsqlMetaCommandEndsTheQueryBeforeIt() {
        assertThat(rules("\\set ON_ERROR_STOP on\nSELECT count(*) AS n FROM users \\gset\nDROP TABLE users;\n\\i next.sql"))
                .containsExactly("drop-table@3:1");
    }

    @Test
    void dropSchemaDatabaseOwnedAndCascade() {
        assertThat(rules("DROP SCHEMA IF EXISTS billing CASCADE;\nDROP DATABASE shop;\nDROP OWNED BY app;\nDROP VIEW v CASCADE;\nDROP VIEW w;"))
                .containsExactly("drop-schema@1:1", "drop-database@2:1", "drop-owned@3:1", "drop-cascade-dependents@4:1");
        assertThat(findings("DROP SCHEMA billing CASCADE").get(0).message()).startsWith("drops schema `billing` — and with CASCADE every table in it");
        assertThat(findings("DROP OWNED BY app").get(0).message()).isEqualTo("drops every object owned by `app`");
    }

    @Test
    void dropColumnWithOrWithoutTheColumnKeywordAtTheActionsPosition() {
        assertThat(rules("ALTER TABLE users ADD COLUMN a int,\n  DROP COLUMN IF EXISTS email,\n  DROP phone CASCADE;"))
                .containsExactly("drop-column@2:3", "drop-column@3:3");
        assertThat(findings("alter table only \"Users\" drop email").get(0).message())
                .isEqualTo("drops column `email` of `\"Users\"` and its value in every row");
        assertThat(rules("ALTER TABLE users DROP CONSTRAINT users_email_key; ALTER TABLE users ALTER email DROP NOT NULL, ALTER email DROP DEFAULT;"))
                .isEmpty();
    }

    @Test
    void truncateDeleteAndUpdate() {
        assertThat(rules("TRUNCATE orders, order_items RESTART IDENTITY;")).containsExactly("truncate@1:1", "truncate@1:1");
        assertThat(findings("TRUNCATE TABLE orders CASCADE").get(0).message()).contains("by CASCADE");
        assertThat(rules("DELETE FROM customers;\nUPDATE customers SET email = NULL;")).containsExactly(
                "delete-without-where@1:1", "update-without-where@2:1");
        assertThat(rules("DELETE FROM customers WHERE true;\nUPDATE customers SET email = NULL WHERE 1 = 1;")).containsExactly(
                "delete-without-where@1:1", "update-without-where@2:1");
        assertThat(rules("""
                DELETE FROM customers WHERE id = 1;
                UPDATE customers SET email = lower(email) WHERE email <> lower(email);
                UPDATE t SET a = (SELECT max(x) FROM s WHERE s.id = 1) WHERE t.id IN (1, 2);
                DELETE FROM sessions s USING users u WHERE s.user_id = u.id;
                INSERT INTO log SELECT * FROM events WHERE true;
                """)).isEmpty();
        // a WHERE inside a subquery does not restrict the UPDATE itself
        assertThat(rules("UPDATE t SET a = (SELECT max(x) FROM s WHERE s.id = 1);")).containsExactly("update-without-where@1:1");
        assertThat(rules("WITH gone AS (SELECT id FROM x) DELETE FROM customers;")).containsExactly("delete-without-where@1:1");
        assertThat(rules("WITH moved AS (\n  DELETE FROM events RETURNING *)\nINSERT INTO events_archive SELECT * FROM moved;"))
                .containsExactly("delete-without-where@2:3");
        assertThat(rules("WITH moved AS (DELETE FROM events WHERE at < now() - interval '1 year' RETURNING *) INSERT INTO a SELECT * FROM moved;"))
                .isEmpty();
    }

    @Test
    void dropAndRecreateIsOneFindingOnTheDrop() {
        assertThat(rules("DROP TABLE IF EXISTS customers;\nCREATE TABLE customers (id int);"))
                .containsExactly("drop-and-recreate@1:1");
        Finding drop = findings("SELECT 1;\nDROP TABLE IF EXISTS public.customers;\nSELECT 2;\n\nCREATE TABLE customers (id int);").get(0);
        assertThat(drop.message()).isEqualTo("drops `public.customers` and recreates it empty at line 5 — all existing rows are lost");
        assertThat(drop.line()).isEqualTo(2);
        assertThat(drop.severity()).isEqualTo(Severity.ERROR);
        assertThat(drop.statement()).isEqualTo("DROP TABLE IF EXISTS public.customers");
    }

    @Test
    void dropAndRecreateAsAQuerySaysTheTableIsRefilledNotEmpty() {
        assertThat(findings("DROP TABLE customers;\nCREATE TABLE customers AS SELECT * FROM customers_v2;"))
                .extracting(Finding::rule, Finding::line, Finding::message).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "drop-and-recreate", 1, "drops `customers` and recreates it at line 2, refilled from a query"
                                + " — rows the query does not bring back are lost"));
        assertThat(findings("DROP TABLE customers;\nPREPARE q AS SELECT 1;\nCREATE TABLE customers AS EXECUTE q;").get(0).message())
                .contains("refilled from a query").doesNotContain("empty");
    }

    @Test
    void scratchTablesCreatedInTheChangeSetAreInfoOnly() {
        assertThat(findings("\\set ON_ERROR_STOP on\nCREATE TEMP TABLE tmp_ids AS SELECT id FROM users;\nCREATE INDEX ON tmp_ids (id);\nTRUNCATE tmp_ids;\nDROP TABLE tmp_ids;"))
                .extracting(Finding::rule, Finding::severity).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("scratch-table", Severity.INFO),
                        org.assertj.core.groups.Tuple.tuple("drop-scratch-table", Severity.INFO));
        // created again after the scratch drop: nothing held data, so nothing was lost
        assertThat(rules("V1__s.sql", "CREATE TABLE s (a int); DROP TABLE s; CREATE TABLE s (a int);")).containsExactly("drop-scratch-table@1:25");
    }

    @Test
    void theChangeSetSpansFilesInOrder() {
        AnalysisReport report = new MigrationAnalyzer(RuleSettings.defaults()).analyze(java.util.List.of(
                new SourceFile("V1__drop.sql", "DROP TABLE customers;"),
                new SourceFile("V2__create.sql", "CREATE TABLE customers (id int);\nCREATE TABLE scratch (id int);"),
                new SourceFile("V3__cleanup.sql", "DROP TABLE scratch;")));
        assertThat(report.findings()).extracting(Finding::file, Finding::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("V1__drop.sql", "drop-and-recreate"),
                org.assertj.core.groups.Tuple.tuple("V3__cleanup.sql", "drop-scratch-table"));
        assertThat(report.findings().get(0).message()).contains("recreates it empty at V2__create.sql:1");
        assertThat(report.files()).isEqualTo(3);
        assertThat(report.statements()).isEqualTo(4);
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void unterminatedTextIsReportedNotThrown() {
        assertThat(findings("SELECT 1;\nSELECT 'oops;\nDROP TABLE x;")).extracting(Finding::rule, Finding::line, Finding::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("unterminated", 2, 8));
    }
}
