package newsquiz.generate;

import java.util.List;

/**
 * One sentence of the article: its 1-based number, its span [start, end) in the article text,
 * and its tokens (spans also in article coordinates).
 */
public record Sentence(int number, int start, int end, String text, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** Text of tokens [from, to) as it appears in the article, spacing kept. */
    String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(tokens.get(from).start() - start, tokens.get(to - 1).end() - start);
    }

    /** Index of the first token that starts at or after character offset {@code offset}. */
    int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }
}
