package newsquiz.bank.formats;

import java.util.Arrays;
import java.util.Set;

/**
 * The credit each answer gets when a question has no answer details: what the exporter writes
 * and what the importer need not keep. One place, so the two cannot drift apart.
 */
final class GiftCredits {

    private GiftCredits() {
    }

    /** One right choice: it earns 100%, the others nothing. */
    static double[] single(int choices, int right) {
        double[] credits = new double[choices];
        credits[right] = 100;
        return credits;
    }

    /**
     * Several right choices share 100%; each wrong one costs as much as a right one earns, so
     * ticking everything earns nothing (Moodle would give full marks if wrong choices cost 0).
     */
    static double[] several(int choices, Set<Integer> right) {
        double share = right.isEmpty() ? 100 : 100.0 / right.size();
        double[] credits = new double[choices];
        for (int i = 0; i < choices; i++) {
            credits[i] = right.contains(i) ? share : -share;
        }
        return credits;
    }

    /** Typed answers: every accepted one earns 100%. */
    static double[] typed(int answers) {
        double[] credits = new double[answers];
        Arrays.fill(credits, 100);
        return credits;
    }
}
