package dev.firebreak.sql.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.sql.lex.Lexer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting on top-level semicolons and the small model the rules read. */
class StatementModelTest {
    private static Statement only(String sql) {
        List<Statement> statements = SqlScript.parse(sql).statements();
        assertThat(statements).hasSize(1);
        return statements.get(0);
    }

    @Test
    void splitsOnlyOnTopLevelSemicolons() {
        assertThat(StatementSplitter.split(Lexer.lex("SELECT ';'; CREATE RULE r AS ON DELETE TO t DO INSTEAD (SELECT 1; SELECT 2);;  SELECT 3")))
                .hasSize(3);
        String atomic = "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 1 END; END; DROP TABLE t;";
        assertThat(SqlScript.parse(atomic).count()).isEqualTo(2);
        assertThat(SqlScript.parse(atomic).statements()).extracting(Statement::kind).containsExactly(StatementKind.DROP_TABLE);
    }

    @Test
    void dropCarriesTypeTargetsIfExistsAndCascade() {
        Statement drop = only("DROP TABLE IF EXISTS a, \"B\".c CASCADE");
        assertThat(drop.kind()).isEqualTo(StatementKind.DROP_TABLE);
        assertThat(drop.objectType()).isEqualTo("table");
        assertThat(drop.targets()).containsExactly(ObjectName.of("a"), new ObjectName("B", "c"));
        assertThat(drop.ifExists()).isTrue();
        assertThat(drop.cascade()).isTrue();
        Statement view = only("drop materialized view if exists reports.daily");
        assertThat(view.kind()).isEqualTo(StatementKind.DROP_OTHER);
        assertThat(view.objectType()).isEqualTo("materialized view");
        assertThat(view.cascade()).isFalse();
        assertThat(only("DROP FUNCTION f(int, text), g() RESTRICT").targets()).containsExactly(ObjectName.of("f"), ObjectName.of("g"));
    }

    @Test
    void whereIsTopLevelOnly() {
        assertThat(only("DELETE FROM ONLY t WHERE id = 1").hasWhere()).isTrue();
        assertThat(only("UPDATE t SET a = (SELECT 1 FROM s WHERE s.x = 1)").hasWhere()).isFalse();
    }

    @Test
    void statementsKnowTheirTransaction() {
        List<Statement> statements = SqlScript.parse("""
                DROP TABLE a;
                BEGIN;
                DROP TABLE b;
                COMMIT;
                START TRANSACTION;
                DROP TABLE c;
                ROLLBACK TO SAVEPOINT s;
                DROP TABLE d;
                END;
                DROP TABLE e;
                """).statements();
        assertThat(statements).extracting(Statement::transaction).containsExactly(0, 1, 2, 2, 0);
    }

    @Test
    void alterTableActionsWithPositions() {
        Statement alter = only("ALTER TABLE IF EXISTS ONLY s.t\n  DROP COLUMN a CASCADE,\n  ALTER b TYPE int,\n  ADD FOREIGN KEY (c) REFERENCES u NOT VALID");
        assertThat(alter.targets()).containsExactly(new ObjectName("s", "t"));
        assertThat(alter.actions()).containsExactly(
                new AlterAction(AlterAction.Kind.DROP_COLUMN, "a", true, 2, 3),
                new AlterAction(AlterAction.Kind.ALTER_COLUMN_TYPE, "b", false, 3, 3),
                new AlterAction(AlterAction.Kind.OTHER, null, false, 4, 3));
    }

    @Test
    void namesPrintTheWayTheyMustBeTyped() {
        assertThat(new ObjectName("public", "customers")).hasToString("public.customers");
        assertThat(new ObjectName(null, "Order Items")).hasToString("\"Order Items\"");
        assertThat(ObjectName.of("customers").key()).isEqualTo(new ObjectName("public", "customers").key());
    }
}
