package newsquiz.bank;

/**
 * Where a generated question's facts sit in its source text: sentence number (1-based) and
 * character offsets [start, end) in the input, so a curator can check it against the article.
 */
public record Provenance(int sentence, int start, int end) {
}
