package dev.firebreak.sql;

import static dev.firebreak.sql.Lint.findings;
import static dev.firebreak.sql.Lint.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/** Every kind of object a migration can destroy, with a message that says what actually goes. */
class ObjectKindsTest {
    @Test
    void foreignTablesAndTheirColumns() {
        assertThat(findings("DROP FOREIGN TABLE IF EXISTS remote_orders;\nALTER FOREIGN TABLE remote_users DROP COLUMN email;"))
                .extracting(Finding::rule, Finding::severity, Finding::line, Finding::column, Finding::message).containsExactly(
                        tuple("drop-foreign-table", Severity.WARNING, 1, 1,
                                "drops foreign table `remote_orders`: queries that read it fail (its rows stay on the foreign server)"),
                        tuple("drop-foreign-table", Severity.WARNING, 2, 34,
                                "drops column `email` of foreign table `remote_users`: queries that read it fail (its values stay on the foreign server)"));
    }

    @Test
    void alterTypeDropAttributeIsAnErrorWithOrWithoutCascade() {
        assertThat(findings("ALTER TYPE address DROP ATTRIBUTE zip;\nALTER TYPE address DROP ATTRIBUTE IF EXISTS city CASCADE, ADD ATTRIBUTE c text;"))
                .extracting(Finding::rule, Finding::severity, Finding::line, Finding::column).containsExactly(
                        tuple("drop-attribute", Severity.ERROR, 1, 20), tuple("drop-attribute", Severity.ERROR, 2, 20));
        assertThat(findings("ALTER TYPE address DROP ATTRIBUTE zip").get(0).message())
                .isEqualTo("drops attribute `zip` of type `address`: its value goes from every column of that type");
        assertThat(findings("ALTER TYPE address DROP ATTRIBUTE zip CASCADE").get(0).message()).contains("by CASCADE");
        assertThat(rules("ALTER TYPE mood ADD VALUE 'meh'; ALTER TYPE address RENAME ATTRIBUTE a TO b;")).isEmpty();
    }

    @Test
    void alterColumnTypeWithUsingStaysAWarning() {
        assertThat(findings("ALTER TABLE users ALTER COLUMN age TYPE int USING age::int;"))
                .extracting(Finding::rule, Finding::severity).containsExactly(tuple("alter-column-type", Severity.WARNING));
    }

    @Test
    void cascadeOfDerivedObjectsIsAWarningNamingWhatItTakes() {
        assertThat(findings("""
                DROP VIEW v CASCADE;
                DROP FUNCTION f(int) CASCADE;
                DROP SEQUENCE s CASCADE;
                DROP TRIGGER t ON orders CASCADE;
                DROP MATERIALIZED VIEW m CASCADE;
                """)).extracting(Finding::rule, Finding::severity).containsOnly(tuple("drop-cascade-dependents", Severity.WARNING));
        assertThat(findings("DROP FUNCTION f(int) CASCADE").get(0).message()).isEqualTo(
                "drops function `f` with CASCADE: column defaults, generated columns, triggers, views and materialized views that use it go too");
        assertThat(findings("DROP SEQUENCE s CASCADE").get(0).message()).contains("column defaults").doesNotContain("table");
        assertThat(findings("DROP VIEW v CASCADE").get(0).message()).contains("materialized view").doesNotContain("foreign key");
        // a type's columns hold data: that CASCADE stays an error
        assertThat(findings("DROP TYPE address CASCADE")).extracting(Finding::rule, Finding::severity)
                .containsExactly(tuple("drop-cascade", Severity.ERROR));
    }

    @Test
    void subscriptionsAndPublicationsWithCascadeLoseNoData() {
        assertThat(findings("DROP SUBSCRIPTION IF EXISTS sub CASCADE;\nDROP PUBLICATION pub CASCADE;")).isEmpty();
    }
}
