package newsquiz.bank;

import java.util.List;

/**
 * A question bank as read from one {@code questions/*.json} file.
 *
 * @param generated true when the bank came from the generator and has not been curated
 */
public record Bank(
        int schemaVersion,
        String id,
        String title,
        String description,
        String language,
        Source source,
        List<String> topics,
        boolean generated,
        List<Question> questions) {

    public static final int SCHEMA_VERSION = 1;

    public Bank {
        topics = topics == null ? List.of() : List.copyOf(topics);
        questions = List.copyOf(questions);
    }

    /** Where the bank's facts come from. Any field but {@code title} may be null. */
    public record Source(String title, String publisher, String author, String date, String url) {
    }

    public Bank withQuestions(List<Question> newQuestions) {
        return new Bank(schemaVersion, id, title, description, language, source, topics, generated, newQuestions);
    }
}
