package dev.firebreak.timeline.export;

import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.SourceLines;

/**
 * commonmark's inline parser, with plain text taken as text directly. Its parser prepares a fresh set of content
 * parsers for every paragraph and table cell, which is most of the HTML export's time for a timeline of 100,000
 * rows ×5 cells; most cells are a time, a word or a sentence with no Markdown in it. Such a cell becomes the same
 * single {@link Text} node the parser would make, anything else goes to the parser itself.
 */
final class PlainTextInlines implements InlineParser {
    /** Characters that never start Markdown inline syntax (letters, digits and non-ASCII are plain as well). */
    private static final String PLAIN_PUNCTUATION = " .,:;-+/()'\"?#%=@$>{}";

    private final InlineParser markdown;

    private PlainTextInlines(InlineParserContext context) {
        this.markdown = new InlineParserImpl(context);
    }

    static InlineParser create(InlineParserContext context) {
        return new PlainTextInlines(context);
    }

    @Override
    public void parse(SourceLines lines, Node block) {
        String content = lines.getContent();
        if (lines.getLines().size() == 1 && plain(content)) {
            Text text = new Text(content);
            text.setSourceSpans(lines.getSourceSpans());
            block.appendChild(text);
        } else {
            markdown.parse(lines, block);
        }
    }

    /** Non-empty, nothing that could be Markdown, and no space at either end that the parser would trim. */
    static boolean plain(String content) {
        if (content.isEmpty() || content.charAt(0) == ' ' || content.charAt(content.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            boolean plain = c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || PLAIN_PUNCTUATION.indexOf(c) >= 0;
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}
