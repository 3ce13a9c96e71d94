package dev.firebreak.timeline.export;

import dev.firebreak.timeline.Entry;
import dev.firebreak.timeline.Incident;
import dev.firebreak.timeline.Timeline;
import dev.firebreak.timeline.TimelineRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** The Markdown postmortem as one printable, self-contained HTML page. Raw HTML in entries is escaped, not run. */
public final class PostmortemHtml {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; line-height: 1.45; color: #1f2328; }
            table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
            th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
            th { background: #f6f8fa; }
            h1 { border-bottom: 2px solid #d0d7de; }
            @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
            """;

    private PostmortemHtml() {
    }

    public static String render(Incident incident, List<Entry> entries) {
        StringBuilder html = new StringBuilder();
        try {
            write(incident, entries, html);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory does not fail", e);
        }
        return html.toString();
    }

    /**
     * The Markdown postmortem as commonmark renders it, streamed to {@code out}. commonmark parses only the timeline
     * rows with Markdown in them; the plain ones join them in the {@link TimelineBody} (the same HTML, far faster).
     */
    public static void write(Incident incident, List<Entry> entries, Appendable out) throws IOException {
        List<TimelineRow> rows = Timeline.rows(entries);
        StringBuilder md = new StringBuilder();
        PostmortemMarkdown.beforeTimeline(incident, md);
        int tableLine = (int) md.chars().filter(c -> c == '\n').count();
        PostmortemMarkdown.timelineTable(md);
        List<String[]> cells = new ArrayList<>(rows.size());
        int parsedRows = 0;
        for (TimelineRow row : rows) {
            String[] rowCells = PostmortemMarkdown.cells(row);
            if (TimelineBody.plain(rowCells)) {
                cells.add(rowCells);
            } else {
                cells.add(null);
                PostmortemMarkdown.row(md, rowCells);
                parsedRows++;
            }
        }
        PostmortemMarkdown.afterTimeline(incident, rows, md);
        Node document = parser(IncludeSourceSpans.BLOCKS).parse(md.toString());
        if (!spliced(document, tableLine, parsedRows, cells)) {
            // the postmortem's own text changed how the document parses (an unclosed code fence, say): parse it all
            StringBuilder whole = new StringBuilder();
            PostmortemMarkdown.writeRows(incident, rows, whole);
            document = parser(IncludeSourceSpans.NONE).parse(whole.toString());
        }
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Postmortem: ")
                .append(escape(incident.title())).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        HtmlRenderer.builder().extensions(EXTENSIONS).nodeRendererFactory(TimelineBody.Renderer::new).escapeHtml(true).build()
                .render(document, out);
        out.append("</body>\n</html>\n");
    }

    private static Parser parser(IncludeSourceSpans spans) {
        return Parser.builder().extensions(EXTENSIONS).inlineParserFactory(PlainTextInlines::create).includeSourceSpans(spans).build();
    }

    /**
     * Puts the timeline body into the table commonmark parsed at {@code line}, if that table is where the full
     * document would have it: a top-level table with exactly the rows that were parsed.
     */
    private static boolean spliced(Node document, int line, int parsedRows, List<String[]> rows) {
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof TableBlock && block.getSourceSpans().get(0).getLineIndex() == line) {
                Node body = block.getFirstChild().getNext();
                if (parsedRows == 0 ? body != null : !(body instanceof TableBody) || body.getNext() != null || count(body) != parsedRows) {
                    return false;
                }
                TimelineBody timeline = new TimelineBody(rows);
                while (body != null && body.getFirstChild() != null) {
                    timeline.appendChild(body.getFirstChild());
                }
                if (body != null) {
                    body.unlink();
                }
                if (!rows.isEmpty()) {
                    block.appendChild(timeline);
                }
                return true;
            }
        }
        return false;
    }

    private static int count(Node parent) {
        int children = 0;
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            children++;
        }
        return children;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
