package dev.firebreak.sql.statement;

import dev.firebreak.sql.lex.TokenList;
import java.util.ArrayList;
import java.util.List;

/** A statement being parsed; {@link #build} adds its position and text. */
final class Draft {
    final StatementKind kind;
    String objectType;
    final List<ObjectName> targets = new ArrayList<>();
    final List<AlterAction> actions = new ArrayList<>();
    boolean ifExists;
    boolean cascade;
    boolean hasWhere;
    boolean concurrently;
    boolean filled;

    Draft(StatementKind kind) {
        this.kind = kind;
    }

    Statement build(TokenList tokens, TokenRange range, int transaction, String inside, boolean stopsOnError) {
        int last = range.to() - 1;
        char[] source = tokens.source();
        int endLine = Span.endLine(tokens, last);
        return new Statement(kind, objectType, targets, ifExists, cascade, hasWhere, concurrently, actions,
                transaction, tokens.line(range.from()), tokens.column(range.from()), endLine,
                Statement.excerpt(source, tokens.start(range.from()), tokens.end(last)), inside, filled, stopsOnError);
    }
}
