package newsquiz.bank.formats;

import java.util.List;

/** An exported file's text and what the target format could not carry (one line each). */
public record ExportResult(String text, List<String> warnings) {

    public ExportResult {
        warnings = List.copyOf(warnings);
    }
}
