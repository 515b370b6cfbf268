package newsquiz.generate;

/** A calendar date in a sentence; {@code key} sorts dates (yyyymmdd, unknown parts as 0). */
public record DateMention(int sentence, int from, int to, String text, int key, boolean hasDay) {
}
