package newsquiz.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ArticleReaderTest {

    private static final String BODY = "The council met on Tuesday to discuss the new bridge. ".repeat(8)
            + "Mayor Ann Lee said the work would start in May. Residents were asked for their views on the plan.";

    @Test
    void refusesEmptyBinaryForeignAndTinyInput() {
        assertThatThrownBy(() -> ArticleReader.read(new byte[0], "a.txt")).hasMessage("a.txt is empty");
        assertThatThrownBy(() -> ArticleReader.read(new byte[] {1, 0, 2, 3}, "a.bin")).hasMessageContaining("binary");
        String german = "Der Rat hat am Dienstag über die neue Brücke beraten und eine Entscheidung getroffen. ".repeat(6);
        assertThatThrownBy(() -> ArticleReader.read(german.getBytes(StandardCharsets.UTF_8), null))
                .hasMessageContaining("does not look like English");
        assertThatThrownBy(() -> ArticleReader.read("The mayor said the bridge will open.".getBytes(), "t.txt"))
                .hasMessageContaining("too short");
        assertThatThrownBy(() -> ArticleReader.read(new byte[] {(byte) 0xC3, (byte) 0x28, 'a'}, "x.txt"))
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void htmlLosesPageFurnitureAndKeepsSourceOffsets() throws Exception {
        String html = "<html><head><title>Bridge vote</title><script>var x = 'The script text';</script></head>"
                + "<body><nav>Home | News | Sport</nav><article><h1>Bridge vote</h1><p>" + BODY + "</p></article>"
                + "<footer>Copyright the paper</footer></body></html>";
        SourceText t = ArticleReader.read(html.getBytes(StandardCharsets.UTF_8), "page.html");
        assertThat(t.title()).isEqualTo("Bridge vote");
        assertThat(t.text()).startsWith("The council met").doesNotContain("Home | News").doesNotContain("script")
                .doesNotContain("Copyright");
        int at = t.text().indexOf("Mayor Ann Lee");
        assertThat(html.substring(t.inputOffset(at), t.inputOffset(at) + 13)).isEqualTo("Mayor Ann Lee");
    }

    @Test
    void markdownLosesMarkupAndKeepsSourceOffsets() throws Exception {
        String md = "# Bridge vote\n\nThe **council** met on [Tuesday](http://example.org) to discuss the bridge.\n\n" + BODY;
        SourceText t = ArticleReader.read(md.getBytes(StandardCharsets.UTF_8), "a.md");
        assertThat(t.title()).isEqualTo("Bridge vote");
        assertThat(t.text()).contains("The council met on Tuesday to discuss").doesNotContain("**").doesNotContain("http");
        int at = t.text().indexOf("council");
        assertThat(md.substring(t.inputOffset(at), t.inputOffset(at) + 7)).isEqualTo("council");
    }
}
