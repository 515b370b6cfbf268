package newsquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Article text from an HTML page: drops page furniture (navigation, scripts, headers and footers,
 * asides, forms), prefers the {@code <article>} or {@code <main>} element when there is one, and
 * makes each block element a paragraph. Offsets map to the text node's place in the source (exact
 * for plain runs, approximate inside character references such as {@code &amp;}).
 */
final class HtmlText {

    private static final String FURNITURE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "button, iframe, svg, figure figcaption, [role=navigation], [role=banner], [role=contentinfo], "
            + "[aria-hidden=true], .nav, .menu, .footer, .share, .social, .advert, .ad, .cookie, .related";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li", "h1", "h2", "h3",
            "h4", "h5", "h6", "blockquote", "br", "tr", "pre", "ul", "ol", "dd", "dt", "figcaption", "table");

    private HtmlText() {
    }

    static SourceText extract(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = Jsoup.parse(html, "", parser);
        String title = doc.title().isBlank() ? null : doc.title().strip();
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            title = h1.text().strip();
        }
        doc.select(FURNITURE).remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main");
        }
        if (root == null) {
            root = doc.body() == null ? doc : doc.body();
        }
        // h1 is the title: keeping it as a sentence would make questions about the headline.
        root.select("h1").remove();
        Builder b = new Builder();
        walk(root, b);
        return b.build(title);
    }

    private static void walk(Node node, Builder b) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode) {
                TextNode t = (TextNode) child;
                b.append(t.text(), t.sourceRange().startPos());
            } else if (child instanceof Element) {
                Element e = (Element) child;
                boolean block = BLOCKS.contains(e.normalName());
                if (block) {
                    b.paragraph();
                }
                walk(e, b);
                if (block) {
                    b.paragraph();
                }
            }
        }
    }

    /** Collects text with collapsed whitespace and its source offsets. */
    private static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Integer> offsets = new ArrayList<>();
        private int lastSource;

        void append(String s, int sourceStart) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                int src = sourceStart < 0 ? lastSource : sourceStart + i;
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    if (text.length() == 0 || Character.isWhitespace(text.charAt(text.length() - 1))) {
                        continue;
                    }
                    c = ' ';
                }
                text.append(c);
                offsets.add(src);
                lastSource = src + 1;
            }
        }

        void paragraph() {
            while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
                offsets.remove(offsets.size() - 1);
            }
            if (text.length() == 0 || text.toString().endsWith("\n\n")) {
                return;
            }
            while (!text.toString().endsWith("\n\n")) {
                text.append('\n');
                offsets.add(lastSource);
            }
        }

        SourceText build(String title) {
            paragraph();
            String s = text.toString().strip();
            int[] map = new int[s.length() + 1];
            for (int i = 0; i < s.length(); i++) {
                map[i] = offsets.get(i);
            }
            map[s.length()] = s.isEmpty() ? 0 : map[s.length() - 1] + 1;
            return new SourceText(s, map, title);
        }
    }
}
