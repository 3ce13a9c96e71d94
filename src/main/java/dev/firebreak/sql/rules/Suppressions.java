package dev.firebreak.sql.rules;

import dev.firebreak.sql.lex.Comment;
import dev.firebreak.sql.statement.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code firebreak:allow <rule>[,<rule>…] reason="…"} comments. A directive inside a statement's lines applies to
 * that statement, otherwise to the next statement below it. Without a reason, or naming an unknown rule, it
 * allows nothing and is itself reported: every exception keeps an audit trail.
 */
public final class Suppressions {
    private static final String DIRECTIVE = "firebreak:allow";
    private static final Pattern REASON = Pattern.compile("reason\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    /** A directive that allows nothing, with why. */
    public record Problem(int line, int column, String message, String comment) {
    }

    private final Map<Integer, Set<Rule>> allowedByStatementLine = new HashMap<>();
    /** The spans directives apply to: a statement inside another one ({@code WITH (DELETE …)}) starts within one. */
    private final List<Span> allowedSpans = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private Suppressions() {
    }

    public static Suppressions of(List<Comment> comments, List<Span> spans) {
        Suppressions suppressions = new Suppressions();
        for (Comment comment : comments) {
            int at = comment.text().indexOf(DIRECTIVE);
            if (at >= 0) {
                suppressions.add(comment, comment.text().substring(at + DIRECTIVE.length()), spans);
            }
        }
        return suppressions;
    }

    public boolean allows(Rule rule, int statementLine) {
        Set<Rule> rules = allowedByStatementLine.get(statementLine);
        if (rules != null) {
            return rules.contains(rule);
        }
        for (Span span : allowedSpans) {
            if (span.covers(statementLine) && allowedByStatementLine.get(span.line()).contains(rule)) {
                return true;
            }
        }
        return false;
    }

    public List<Problem> problems() {
        return problems;
    }

    private void add(Comment comment, String directive, List<Span> spans) {
        Matcher reason = REASON.matcher(directive);
        boolean hasReason = reason.find() && !(reason.group(1) != null ? reason.group(1) : reason.group(2)).isBlank();
        String ruleList = hasReason ? directive.substring(0, reason.start()) : directive.split("reason", 2)[0];
        Set<Rule> rules = new HashSet<>();
        int problemsBefore = problems.size();
        for (String id : ruleList.replaceAll("(\\*/|-->)\\s*$", "").trim().split("[\\s,]+")) {
            if (id.isEmpty()) {
                continue;
            }
            Rule.byId(id).ifPresentOrElse(rules::add, () -> problems.add(problem(comment,
                    "firebreak:allow names unknown rule '" + id + "'; it allows nothing")));
        }
        if (rules.isEmpty()) {
            if (problems.size() == problemsBefore) {
                problems.add(problem(comment, "firebreak:allow names no rule; it allows nothing"));
            }
            return;
        }
        if (!hasReason) {
            problems.add(problem(comment, "firebreak:allow " + ids(rules) + " has no reason=\"…\"; it allows nothing"));
            return;
        }
        Span target = target(comment.line(), spans);
        if (target != null) {
            allowedByStatementLine.computeIfAbsent(target.line(), line -> new HashSet<>()).addAll(rules);
            allowedSpans.add(target);
        }
    }

    private static Span target(int line, List<Span> spans) {
        Span next = null;
        for (Span span : spans) {
            if (span.covers(line)) {
                return span;
            }
            if (span.line() > line && (next == null || span.line() < next.line())) {
                next = span;
            }
        }
        return next;
    }

    private static String ids(Set<Rule> rules) {
        return String.join(",", rules.stream().map(Rule::id).sorted().toList());
    }

    private static Problem problem(Comment comment, String message) {
        return new Problem(comment.line(), comment.column(), message, comment.text().strip());
    }
}
