package dev.firebreak.sql;

/** The format of a migration file, recognised by path and content. */
public enum FileKind {
    SQL, RAILS, DJANGO, ALEMBIC, LIQUIBASE_XML, LIQUIBASE_YAML, LIQUIBASE_JSON,
    /** Knex and Sequelize migrations (JavaScript or TypeScript). */
    KNEX,
    UNKNOWN
}
