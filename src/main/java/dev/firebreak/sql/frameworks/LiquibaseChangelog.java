package dev.firebreak.sql.frameworks;

import dev.firebreak.sql.statement.AlterAction;
import dev.firebreak.sql.statement.ObjectName;
import dev.firebreak.sql.statement.StatementKind;
import java.util.Map;

/** What a Liquibase change type does, whichever syntax (XML, YAML) wrote its properties. */
abstract class LiquibaseChangelog extends ScriptMigration {
    /** The change types the rules care about, as a regex alternation. */
    static final String CHANGES = "dropTable|dropColumn|renameTable|renameColumn|modifyDataType|addNotNullConstraint"
            + "|createIndex|addForeignKeyConstraint|createTable|delete|update|sql";

    LiquibaseChangelog(String content, String lineComment) {
        super(content, lineComment);
    }

    /**
     * @param p        the change's properties ({@code tableName}, {@code columnName} …)
     * @param hasWhere for {@code delete} and {@code update}: whether it has a {@code where}
     */
    final void change(String type, Map<String, String> p, int at, boolean hasWhere) {
        ObjectName table = table(p, "tableName");
        switch (type) {
            case "dropTable" -> drop(at, table, "true".equals(p.get("cascadeConstraints")));
            case "createTable" -> create(at, table);
            case "dropColumn" -> {
                String column = p.getOrDefault("columnName", p.get("name")); // YAML: columns: - column: name: x
                if (column != null) {
                    alter(at, table, AlterAction.Kind.DROP_COLUMN, column);
                }
            }
            case "renameTable" -> alter(at, table(p, "oldTableName"), AlterAction.Kind.RENAME_TABLE, p.get("newTableName"));
            case "renameColumn" -> alter(at, table, AlterAction.Kind.RENAME_COLUMN, p.get("oldColumnName"));
            case "modifyDataType" -> alter(at, table, AlterAction.Kind.ALTER_COLUMN_TYPE, p.get("columnName"));
            case "addNotNullConstraint" -> alter(at, table, AlterAction.Kind.SET_NOT_NULL, p.get("columnName"));
            case "createIndex" -> index(at, table, false); // Liquibase has no CONCURRENTLY attribute
            case "addForeignKeyConstraint" -> {
                if (!"false".equals(p.get("validate"))) {
                    alter(at, table(p, "baseTableName"), AlterAction.Kind.ADD_FOREIGN_KEY_VALIDATING, null);
                }
            }
            case "delete" -> dataChange(at, StatementKind.DELETE, table, hasWhere);
            case "update" -> dataChange(at, StatementKind.UPDATE, table, hasWhere);
            default -> {
            }
        }
    }

    private static ObjectName table(Map<String, String> properties, String key) {
        String name = properties.getOrDefault(key, "?");
        String schema = properties.get(key.equals("baseTableName") ? "baseTableSchemaName" : "schemaName");
        return schema == null ? ObjectName.of(name) : new ObjectName(schema, name);
    }
}
