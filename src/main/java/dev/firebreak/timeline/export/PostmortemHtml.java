package dev.firebreak.timeline.export;

import dev.firebreak.timeline.Entry;
import dev.firebreak.timeline.Incident;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
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
        return fromMarkdown(incident, PostmortemMarkdown.render(incident, entries));
    }

    /** From the Markdown already rendered for {@code incident}: a large timeline is not rendered twice. */
    static String fromMarkdown(Incident incident, String markdown) {
        Parser parser = Parser.builder().extensions(EXTENSIONS).inlineParserFactory(PlainTextInlines::create).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();
        String body = renderer.render(parser.parse(markdown));
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Postmortem: "
                + escape(incident.title()) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n" + body
                + "</body>\n</html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
