package dev.firebreak.sql.frameworks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a block of code ends, in the three ways migration languages write blocks; ranges are {@code [start, end)} offsets. */
final class Blocks {
    enum Style {
        /** Python and YAML: until the first non-blank line indented no deeper than the opener. */
        INDENTED,
        /** Ruby: until the {@code end} line at the opener's indentation. */
        RUBY_END,
        /** JavaScript: until the brace that closes the first {@code {} after the opener. */
        BRACES
    }

    private Blocks() {
    }

    /** Every block that {@code opener} starts. */
    static List<int[]> find(String text, Pattern opener, Style style) {
        List<int[]> ranges = new ArrayList<>();
        Matcher matcher = opener.matcher(text);
        while (matcher.find()) {
            ranges.add(at(text, matcher.start(), style));
        }
        return ranges;
    }

    static int[] at(String text, int start, Style style) {
        return style == Style.BRACES ? braced(text, start) : indented(text, start, style == Style.RUBY_END);
    }

    private static int[] indented(String text, int start, boolean rubyEnd) {
        int indent = start - (text.lastIndexOf('\n', start) + 1);
        int next = text.indexOf('\n', start);
        while (next >= 0 && next + 1 < text.length()) {
            int from = next + 1;
            int to = text.indexOf('\n', from);
            String line = text.substring(from, to < 0 ? text.length() : to);
            int lineIndent = line.length() - line.stripLeading().length();
            if (!line.isBlank() && lineIndent <= indent && (!rubyEnd || line.strip().equals("end"))) {
                return new int[] {start, rubyEnd ? from + line.length() : from};
            }
            if (!line.isBlank() && lineIndent < indent) {
                return new int[] {start, from};
            }
            next = to;
        }
        return new int[] {start, text.length()};
    }

    private static int[] braced(String text, int start) {
        int open = text.indexOf('{', start);
        if (open < 0) {
            return new int[] {start, start};
        }
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return new int[] {start, i + 1};
            }
        }
        return new int[] {start, text.length()};
    }
}
