package dev.firebreak.sql;

import dev.firebreak.sql.frameworks.AlembicMigration;
import dev.firebreak.sql.frameworks.DjangoMigration;
import dev.firebreak.sql.frameworks.KnexMigration;
import dev.firebreak.sql.frameworks.LiquibaseJson;
import dev.firebreak.sql.frameworks.LiquibaseXml;
import dev.firebreak.sql.frameworks.LiquibaseYaml;
import dev.firebreak.sql.frameworks.RailsMigration;
import dev.firebreak.sql.statement.ParsedMigration;
import dev.firebreak.sql.statement.SqlScript;
import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Which files are migrations, of which kind, and how each kind is read. */
public final class MigrationFiles {
    /** Every file type {@link #kind} can recognise; keep the two in step. */
    private static final Pattern CANDIDATE_EXTENSIONS = Pattern.compile("\\.(sql|rb|py|xml|ya?ml|json|js|cjs|mjs|ts)$");
    private static final Pattern JS_EXTENSION = Pattern.compile("\\.(js|cjs|mjs|ts)$");

    /** A Knex or Sequelize migration exports an {@code up} function. */
    private static final Pattern JS_UP = Pattern.compile("exports\\.up\\b|\\bfunction\\s+up\\b|\\basync\\s+up\\b|\\bup\\s*[:(]");

    private MigrationFiles() {
    }

    /** true for .sql and for recognised framework migrations (by path and content); extraGlobs from .firebreak.yml {@code migrations} */
    public static boolean isCandidate(String path, String content, List<String> extraGlobs) {
        return kind(path, content) != FileKind.UNKNOWN || matchesAny(path, extraGlobs);
    }

    /**
     * Whether {@link #isCandidate} could say yes once the content is read: only SQL and the frameworks' own file
     * types can be migrations, so a push's images, code and docs need not be read at all.
     */
    public static boolean mayBeCandidate(String path, List<String> extraGlobs) {
        String lower = path.toLowerCase(Locale.ROOT);
        return CANDIDATE_EXTENSIONS.matcher(lower).find() || matchesAny(path, extraGlobs);
    }

    public static FileKind kind(String path, String content) {
        String lower = path.replace('\\', '/').toLowerCase(Locale.ROOT);
        if (lower.endsWith(".sql")) {
            return FileKind.SQL;
        }
        if (lower.endsWith(".rb")) {
            return content.contains("ActiveRecord::Migration") || lower.contains("db/migrate/") ? FileKind.RAILS : FileKind.UNKNOWN;
        }
        if (lower.endsWith(".py")) {
            if (content.contains("migrations.Migration") || content.contains("from django.db import migrations")) {
                return FileKind.DJANGO;
            }
            return content.contains("from alembic import op") || content.contains("import alembic") ? FileKind.ALEMBIC : FileKind.UNKNOWN;
        }
        if (content.contains("databaseChangeLog")) {
            if (lower.endsWith(".xml")) {
                return FileKind.LIQUIBASE_XML;
            }
            if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
                return FileKind.LIQUIBASE_YAML;
            }
            if (lower.endsWith(".json")) {
                return FileKind.LIQUIBASE_JSON;
            }
        }
        if (JS_EXTENSION.matcher(lower).find() && (content.contains("knex") || content.contains("queryInterface"))
                && JS_UP.matcher(content).find()) {
            return FileKind.KNEX;
        }
        return FileKind.UNKNOWN;
    }

    /** Reads a file of any kind; a file of unknown kind (named explicitly or by a glob) is read as SQL. */
    public static ParsedMigration parse(SourceFile file) {
        String path = file.path();
        String content = file.content();
        return switch (kind(path, content)) {
            case RAILS -> new RailsMigration(content).read();
            case DJANGO -> new DjangoMigration(path, content).read();
            case ALEMBIC -> new AlembicMigration(content).read();
            case LIQUIBASE_XML -> new LiquibaseXml(content).read();
            case LIQUIBASE_YAML -> new LiquibaseYaml(content).read();
            case LIQUIBASE_JSON -> new LiquibaseJson(content).read();
            case KNEX -> new KnexMigration(content).read();
            case SQL, UNKNOWN -> ParsedMigration.of(SqlScript.parse(content));
        };
    }

    private static boolean matchesAny(String path, List<String> globs) {
        if (globs.isEmpty()) {
            return false;
        }
        Path normalized;
        try {
            normalized = Path.of(path.replace('\\', '/').replaceFirst("^\\./", ""));
        } catch (InvalidPathException e) {
            return false;
        }
        for (String glob : globs) {
            if (FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(normalized)
                    || FileSystems.getDefault().getPathMatcher("glob:**/" + glob).matches(normalized)) {
                return true;
            }
        }
        return false;
    }
}
