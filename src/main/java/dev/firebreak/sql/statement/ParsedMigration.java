package dev.firebreak.sql.statement;

import dev.firebreak.sql.lex.Comment;
import dev.firebreak.sql.lex.LexProblem;
import java.util.List;

/**
 * One file reduced to what the rules need, whatever its format (SQL, Rails, Django, Liquibase …).
 *
 * @param statements statements and framework operations the rules look at, in order
 * @param spans      lines of every statement, for attaching suppression comments
 * @param count      how many statements or operations the file holds
 * @param directives comments that may hold {@code firebreak:allow}
 * @param problems   text that could not be read to its end
 */
public record ParsedMigration(List<Statement> statements, List<Span> spans, int count, List<Comment> directives,
                              List<LexProblem> problems) {
    public static ParsedMigration of(SqlScript script) {
        return new ParsedMigration(script.statements(), script.spans(), script.count(), script.comments(),
                script.problems());
    }
}
