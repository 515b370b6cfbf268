package newsquiz.engine;

import java.util.Set;

/**
 * Which questions of a bank to ask.
 *
 * @param count        how many (0 or more than the bank has = all of them)
 * @param topics       only questions with one of these topics (empty = any)
 * @param difficulties only these difficulties (empty = any)
 * @param shuffle      shuffle question order and each question's options
 */
public record Selection(int count, Set<String> topics, Set<Integer> difficulties, boolean shuffle) {

    public Selection {
        topics = Set.copyOf(topics);
        difficulties = Set.copyOf(difficulties);
    }

    public static Selection all() {
        return new Selection(0, Set.of(), Set.of(), true);
    }
}
