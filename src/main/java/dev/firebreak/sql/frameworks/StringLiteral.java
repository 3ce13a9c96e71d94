package dev.firebreak.sql.frameworks;

/**
 * Finds the string literal an {@code execute(…)}-style call passes, in Ruby, Python, JavaScript or XML text,
 * and returns its raw body: SQL is lexed in place, so its positions stay those of the file.
 */
record StringLiteral(int start, int end) {
    /** Call prefixes allowed between the call and its string: {@code (}, {@code [}, {@code sql=}, {@code sa.text(} … */
    private static final String[] WRAPPERS = {"sqlalchemy.text", "sa.text", "text", "sql", "=", "(", "[", "<<~", "<<-", "<<"};

    /** The literal starting at or shortly after {@code from}, or null if the argument is not a literal. */
    static StringLiteral at(String text, int from) {
        int i = skipBlanks(text, from);
        boolean heredoc = false;
        for (boolean more = true; more && i < text.length(); ) {
            more = false;
            for (String wrapper : WRAPPERS) {
                if (text.startsWith(wrapper, i) && !(wrapper.equals("sql") && !text.startsWith("=", skipBlanks(text, i + 3)))) {
                    heredoc = wrapper.startsWith("<<");
                    i = skipBlanks(text, i + wrapper.length());
                    more = !heredoc;
                    break;
                }
            }
        }
        if (heredoc) {
            return heredoc(text, i);
        }
        while (i < text.length() && "rRbBuUfF".indexOf(text.charAt(i)) >= 0 && i + 1 < text.length()
                && "\"'".indexOf(text.charAt(i + 1)) >= 0) {
            i++; // Python prefixes: r"…", f'…'
        }
        if (i >= text.length() || "\"'`".indexOf(text.charAt(i)) < 0) {
            return null;
        }
        char quote = text.charAt(i);
        if (text.startsWith(String.valueOf(quote).repeat(3), i)) {
            int close = text.indexOf(String.valueOf(quote).repeat(3), i + 3);
            return new StringLiteral(i + 3, close < 0 ? text.length() : close);
        }
        int j = i + 1;
        while (j < text.length() && text.charAt(j) != quote) {
            j += text.charAt(j) == '\\' ? 2 : 1;
        }
        return new StringLiteral(i + 1, Math.min(j, text.length()));
    }

    /** {@code <<~SQL … SQL}: the lines after the opening line, up to the line holding only the tag. */
    private static StringLiteral heredoc(String text, int i) {
        int tagStart = i;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || "_'\"".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        String tag = text.substring(tagStart, i).replace("'", "").replace("\"", "");
        int bodyStart = text.indexOf('\n', i);
        if (tag.isEmpty() || bodyStart < 0) {
            return null;
        }
        bodyStart++;
        int lineStart = bodyStart;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (text.substring(lineStart, lineEnd).strip().equals(tag)) {
                return new StringLiteral(bodyStart, lineStart);
            }
            lineStart = lineEnd + 1;
        }
        return new StringLiteral(bodyStart, text.length());
    }

    private static int skipBlanks(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }
}
