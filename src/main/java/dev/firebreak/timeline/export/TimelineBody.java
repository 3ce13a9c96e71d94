package dev.firebreak.timeline.export;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The HTML export's timeline table body. commonmark parses only the rows with Markdown in them (its children); a
 * row of plain cells is written, while it is rendered, as the HTML of the nodes the parser would have made. Parsing
 * 100,000 rows of plain text cost most of the export.
 */
final class TimelineBody extends TableBody {
    /** Every row's cells in order; null where the next parsed child stands. */
    private final List<String[]> rows;

    TimelineBody(List<String[]> rows) {
        this.rows = rows;
    }

    /** Cells the inline parser would keep as one text node each: no Markdown, nothing at either end to trim. */
    static boolean plain(String[] cells) {
        for (String cell : cells) {
            if (!PlainTextInlines.plain(cell) || cell.charAt(0) >= 0x80 || cell.charAt(cell.length() - 1) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Renders a {@link TimelineBody} exactly as the tables extension renders a body: same tags, same lines. */
    static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(TimelineBody.class);
        }

        @Override
        public void render(Node node) {
            TimelineBody body = (TimelineBody) node;
            HtmlWriter html = context.getWriter();
            html.line();
            html.tag("tbody", context.extendAttributes(body, "tbody", Map.of()));
            Node parsed = body.getFirstChild();
            for (String[] cells : body.rows) {
                if (cells == null) {
                    Node next = parsed.getNext();
                    context.render(parsed);
                    parsed = next;
                } else {
                    row(html, cells);
                }
            }
            html.tag("/tbody");
            html.line();
        }

        /**
         * What the tables extension writes for a row of text cells without alignment, written straight out: no nodes
         * to make and dispatch per cell. PostmortemHtml's renderer has no attribute providers, so every tag is bare.
         */
        private static void row(HtmlWriter html, String[] cells) {
            html.line();
            html.tag("tr");
            for (String cell : cells) {
                html.line();
                html.tag("td");
                html.text(cell);
                html.tag("/td");
                html.line();
            }
            html.tag("/tr");
            html.line();
        }
    }
}
