package newsquiz.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.bank.Cloze;
import newsquiz.bank.Matching;
import newsquiz.bank.MultipleChoice;
import newsquiz.bank.MultipleSelect;
import newsquiz.bank.NumericQuestion;
import newsquiz.bank.Ordering;
import newsquiz.bank.Question;
import newsquiz.bank.ShortAnswer;
import newsquiz.bank.TrueFalse;

/**
 * Reads a typed line as a response to a quiz item: letters for choices ({@code b}, {@code a c}),
 * {@code t}/{@code f}, numbers, pairs ({@code 1b 2a}), orders ({@code 3 1 2}). Letters and
 * numbers refer to what was shown, so they go through the item's {@link Presentation}.
 * A line that cannot be an answer gives an explanation to show, never a wrong answer.
 */
public final class AnswerParser {

    private static final Pattern PAIR = Pattern.compile("(\\d+)\\s*[-=:>]?\\s*([a-z])");

    /** Either a response or the reason the line is not one. */
    public record Parsed(Response response, String error) {
        static Parsed ok(Response r) {
            return new Parsed(r, null);
        }

        static Parsed error(String message) {
            return new Parsed(null, message);
        }

        public boolean isOk() {
            return response != null;
        }
    }

    private AnswerParser() {
    }

    public static String letter(int shown) {
        return String.valueOf((char) ('A' + shown));
    }

    /** Parses a whole answer. For cloze, blanks are given one per call to {@link #parseBlank}. */
    public static Parsed parse(QuizItem item, String line) {
        String text = line.strip();
        return item.question().accept(new Question.Cases<Parsed>() {
            @Override
            public Parsed multipleChoice(MultipleChoice q) {
                List<Integer> shown = letters(text, q.choices().size());
                if (shown == null || shown.size() != 1) {
                    return Parsed.error("Type one letter, " + range(q.choices().size()) + ".");
                }
                return Parsed.ok(new Response.Choice(item.presentation().bankIndex(shown.get(0))));
            }

            @Override
            public Parsed multipleSelect(MultipleSelect q) {
                List<Integer> shown = letters(text, q.choices().size());
                if (shown == null || shown.isEmpty()) {
                    return Parsed.error("Type the letters of every right choice, e.g. \"a c\" (" + range(q.choices().size()) + ").");
                }
                Set<Integer> bank = new HashSet<>();
                shown.forEach(s -> bank.add(item.presentation().bankIndex(s)));
                return Parsed.ok(new Response.Selection(bank));
            }

            @Override
            public Parsed trueFalse(TrueFalse q) {
                switch (text.toLowerCase(Locale.ROOT)) {
                    case "t", "true", "y", "yes":
                        return Parsed.ok(new Response.Truth(true));
                    case "f", "false", "n", "no":
                        return Parsed.ok(new Response.Truth(false));
                    default:
                        return Parsed.error("Type t (true) or f (false).");
                }
            }

            @Override
            public Parsed shortAnswer(ShortAnswer q) {
                return Parsed.ok(new Response.Text(text));
            }

            @Override
            public Parsed numeric(NumericQuestion q) {
                if (NumberReader.read(text).isEmpty()) {
                    return Parsed.error("Type a number, e.g. 12, 12.5 or twelve.");
                }
                return Parsed.ok(new Response.Text(text));
            }

            @Override
            public Parsed cloze(Cloze q) {
                return Parsed.error("Fill the blanks one at a time.");
            }

            @Override
            public Parsed matching(Matching q) {
                return parsePairing(item, q, text);
            }

            @Override
            public Parsed ordering(Ordering q) {
                return parseOrder(item, q, text);
            }
        });
    }

    /** The entry for blank {@code index} (0-based) of a cloze item: text, or a letter for a blank with choices. */
    public static Parsed parseBlank(QuizItem item, int index, String line) {
        Cloze q = (Cloze) item.question();
        Cloze.Blank blank = q.blanks().get(index);
        String text = line.strip();
        if (!blank.hasChoices()) {
            return Parsed.ok(new Response.Text(text));
        }
        List<Integer> shown = letters(text, blank.choices().size());
        if (shown == null || shown.size() != 1) {
            return Parsed.error("Type one letter, " + range(blank.choices().size()) + ".");
        }
        int bankIndex = item.presentation().blankOrders().get(index).get(shown.get(0));
        return Parsed.ok(new Response.Text(blank.choices().get(bankIndex)));
    }

    private static Parsed parsePairing(QuizItem item, Matching q, String text) {
        int lefts = q.pairs().size();
        int rights = q.pairs().size() + q.distractors().size();
        String help = "Pair each numbered item with a letter, e.g. \"1b 2a\" (items 1-" + lefts + ", " + range(rights) + ").";
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < lefts; i++) {
            picked.add(-1);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m = PAIR.matcher(lower);
        int matched = 0;
        int end = 0;
        while (m.find()) {
            if (!lower.substring(end, m.start()).replaceAll("[\\s,;]", "").isEmpty()) {
                return Parsed.error(help);
            }
            int left = Integer.parseInt(m.group(1)) - 1;
            int shown = m.group(2).charAt(0) - 'a';
            if (left < 0 || left >= lefts || shown >= rights) {
                return Parsed.error(help);
            }
            picked.set(left, item.presentation().bankIndex(shown));
            matched++;
            end = m.end();
        }
        if (matched == 0) {
            List<Integer> shown = letters(lower, rights);
            if (shown == null || shown.size() != lefts) {
                return Parsed.error(help);
            }
            for (int i = 0; i < lefts; i++) {
                picked.set(i, item.presentation().bankIndex(shown.get(i)));
            }
        } else if (!lower.substring(end).replaceAll("[\\s,;]", "").isEmpty()) {
            return Parsed.error(help);
        }
        return Parsed.ok(new Response.Pairing(picked));
    }

    private static Parsed parseOrder(QuizItem item, Ordering q, String text) {
        int n = q.items().size();
        String help = "Type the item numbers in the right order, e.g. \"" + exampleOrder(n) + "\" (each of 1-" + n + " once).";
        List<Integer> numbers = new ArrayList<>();
        String[] tokens = text.split("[\\s,;>-]+");
        if (tokens.length == 1 && n < 10 && tokens[0].matches("\\d{" + n + "}")) {
            tokens = tokens[0].split("");
        }
        for (String t : tokens) {
            if (t.isEmpty()) {
                continue;
            }
            if (!t.matches("\\d{1,4}")) {
                return Parsed.error(help);
            }
            numbers.add(Integer.parseInt(t) - 1);
        }
        if (numbers.size() != n || new HashSet<>(numbers).size() != n || numbers.stream().anyMatch(i -> i < 0 || i >= n)) {
            return Parsed.error(help);
        }
        List<Integer> bank = new ArrayList<>();
        numbers.forEach(shown -> bank.add(item.presentation().bankIndex(shown)));
        return Parsed.ok(new Response.Order(bank));
    }

    /** Shown positions for letters like "a c", "a,c" or "ac"; null if anything else is there. */
    static List<Integer> letters(String text, int count) {
        String compact = text.toLowerCase(Locale.ROOT).replaceAll("[\\s,;]+", "");
        if (compact.isEmpty()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (char c : compact.toCharArray()) {
            int i = c - 'a';
            if (i < 0 || i >= count || out.contains(i)) {
                return null;
            }
            out.add(i);
        }
        return out;
    }

    private static String range(int count) {
        return "A-" + letter(count - 1);
    }

    private static String exampleOrder(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = n; i >= 1; i--) {
            sb.append(i).append(i > 1 ? " " : "");
        }
        return sb.toString();
    }
}
