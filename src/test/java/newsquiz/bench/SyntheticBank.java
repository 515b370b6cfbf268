package newsquiz.bench;

import java.util.ArrayList;
import java.util.List;
import newsquiz.bank.Bank;
import newsquiz.bank.Cloze;
import newsquiz.bank.Matching;
import newsquiz.bank.MultipleChoice;
import newsquiz.bank.MultipleSelect;
import newsquiz.bank.NumericQuestion;
import newsquiz.bank.Ordering;
import newsquiz.bank.Question;
import newsquiz.bank.QuestionInfo;
import newsquiz.bank.ShortAnswer;
import newsquiz.bank.TrueFalse;

/** Banks of any size with every question type in turn, for benchmarks and size tests. */
public final class SyntheticBank {

    private SyntheticBank() {
    }

    /** Writes {@code DIR/bank-N.json} for each size N given: {@code SyntheticBank DIR N...}. */
    public static void main(String[] args) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of(args[0]);
        java.nio.file.Files.createDirectories(dir);
        for (int i = 1; i < args.length; i++) {
            int size = Integer.parseInt(args[i]);
            newsquiz.bank.BankJson.writeFile(of(size), dir.resolve("bank-" + size + ".json"));
        }
    }

    public static Bank of(int size) {
        List<Question> qs = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            QuestionInfo info = new QuestionInfo("q" + i, "Question number " + i + " about the council's budget vote?",
                    "Because the report of meeting " + i + " says so.", List.of("topic" + (i % 7)), 1 + i % 3, 1, null, null);
            qs.add(switch (i % 8) {
                case 0 -> new MultipleChoice(info, List.of("Ashford " + i, "Brockley " + i, "Carden " + i, "Dunmore " + i), i % 4);
                case 1 -> new MultipleSelect(info, List.of("library", "bridge", "stadium", "park"), java.util.Set.of(0, 3));
                case 2 -> new TrueFalse(info, i % 2 == 0);
                case 3 -> new ShortAnswer(info, List.of("Mara Aliyeva", "Aliyeva"), false, true);
                case 4 -> new NumericQuestion(info, i, i - 1, i + 1, "members");
                case 5 -> new Cloze(info, "The budget grew by {{1}} percent in {{2}}.",
                        List.of(new Cloze.Blank(List.of("five", "5"), List.of(), false, true),
                                new Cloze.Blank(List.of("May"), List.of("March", "May", "June"), false, false)));
                case 6 -> new Matching(info, List.of(new Matching.Pair("Mayor", "a good day"),
                        new Matching.Pair("Treasurer", "money is tight")), List.of("no comment"));
                default -> new Ordering(info, List.of("debate", "vote", "announcement"));
            });
        }
        return new Bank(1, "synthetic-" + size, "Synthetic bank of " + size, null, "en", null, List.of(), false, qs);
    }
}
