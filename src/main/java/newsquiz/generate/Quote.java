package newsquiz.generate;

/**
 * A quotation and who said it. {@code start}/{@code end} are the quotation's span in the article
 * text (without the quote marks).
 *
 * @param partial true when the quotation is a fragment inside a reported sentence
 */
public record Quote(int sentence, int start, int end, String text, String speaker, boolean partial) {

    int words() {
        return text.split("\\s+").length;
    }
}
