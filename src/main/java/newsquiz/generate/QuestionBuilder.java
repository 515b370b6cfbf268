package newsquiz.generate;

import java.util.List;
import java.util.Random;

/** Makes candidate questions of one kind from an article's facts. */
interface QuestionBuilder {

    /** @param rnd seeded by the generator, so output depends only on input and seed */
    List<Candidate> build(Facts facts, Random rnd);
}
