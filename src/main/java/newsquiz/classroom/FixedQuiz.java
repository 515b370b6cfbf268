package newsquiz.classroom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import newsquiz.bank.Question;
import newsquiz.engine.Presentation;
import newsquiz.engine.QuestionPicker;
import newsquiz.engine.QuizItem;
import newsquiz.engine.Selection;

/**
 * The questions of a classroom quiz: the seed alone decides which questions are asked and in what
 * order, so everyone with the same seed sits the same paper; each student's choices are shuffled
 * with a seed made from the quiz seed and their name, so neighbours do not see the same letters.
 * The shuffle each student saw is recorded in their result file, so it can be replayed on resume.
 */
public final class FixedQuiz {

    private FixedQuiz() {
    }

    public static List<QuizItem> items(List<Question> questions, Selection selection, long seed, String student) {
        List<QuizItem> paper = QuestionPicker.pick(questions, selection, seed);
        if (!selection.shuffle()) {
            return paper;
        }
        Random options = new Random(optionSeed(seed, student));
        List<QuizItem> items = new ArrayList<>(paper.size());
        for (QuizItem item : paper) {
            items.add(new QuizItem(item.question(), Presentation.shuffled(item.question(), options)));
        }
        return List.copyOf(items);
    }

    /**
     * A seed for one student's option shuffles. Hashed, not added, so that students whose names
     * differ by a letter do not get related shuffles, and stable across Java versions.
     */
    static long optionSeed(long seed, String student) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ByteBuffer.allocate(Long.BYTES).putLong(seed).array());
            sha.update(student.strip().getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(sha.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
