package newsquiz.bank.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.bank.AnswerDetail;
import newsquiz.bank.Bank;
import newsquiz.bank.Cloze;
import newsquiz.bank.Matching;
import newsquiz.bank.MultipleChoice;
import newsquiz.bank.MultipleSelect;
import newsquiz.bank.NumericQuestion;
import newsquiz.bank.Question;
import newsquiz.bank.QuestionInfo;
import newsquiz.bank.ShortAnswer;
import newsquiz.bank.TrueFalse;
import newsquiz.bank.formats.GiftText.Format;
import newsquiz.bank.formats.GiftText.Piece;

/**
 * Reads Moodle's GIFT format into a bank. Follows Moodle's own importer where the format's
 * documentation is silent (how a question's type is told from its answers, which {@code =}/{@code ~}
 * split answers, where a blank goes), so a file that imports into Moodle imports here too.
 *
 * <p>Mapping: one fully right choice is {@code multiple_choice}, several right (weighted) choices
 * {@code multiple_select}; a choice or typed answer inside a sentence ("missing word") is a
 * {@code cloze} with one blank; weights and per-answer feedback go to
 * {@link QuestionInfo#answerDetails()}, general feedback ({@code ####}) to the explanation,
 * {@code $CATEGORY} to topics, {@code ::title::} to the id. Essays and descriptions are skipped with
 * a warning; lines newsquiz cannot read are errors, each {@code file:line: message}.
 * docs/formats.md has the full table.
 */
public final class GiftImporter {

    /** What Moodle shows where a non-cloze answer sat inside the sentence. */
    static final String BLANK = "_____";
    /** GIFT's missing-word questions are just their sentence; the cloze gets one of these as its prompt. */
    static final String CHOOSE_PROMPT = "Choose the word or words that fill the blank.";
    static final String TYPE_PROMPT = "Type the word or words that fill the blank.";

    private static final Pattern WEIGHT = Pattern.compile("^%(-?[0-9]+(?:\\.[0-9]+)?)%");
    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");

    private final String file;
    private final QuestionIds ids = new QuestionIds();
    private final List<Question> questions = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Set<String> categories = new LinkedHashSet<>();
    private String category;

    private GiftImporter(String file) {
        this.file = file;
    }

    /** Imports a UTF-8 GIFT file. */
    public static ImportResult read(Path path) throws IOException, ImportException {
        return parse(ImportFiles.readUtf8(path), path.getFileName().toString());
    }

    /**
     * Imports GIFT text; {@code fileName} names it in messages and gives the bank its id and title.
     *
     * @throws ImportException listing every line that could not be read (then nothing is imported)
     */
    public static ImportResult parse(String text, String fileName) throws ImportException {
        GiftImporter importer = new GiftImporter(fileName);
        importer.readBlocks(text);
        return importer.result();
    }

    private ImportResult result() throws ImportException {
        if (problems.isEmpty() && questions.isEmpty()) {
            problems.add(file + ": no questions to import" + (warnings.isEmpty() ? "" : " (" + warnings.size()
                    + " skipped)"));
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        Bank bank = ImportFiles.bank(file, "GIFT", new ArrayList<>(categories), questions);
        return new ImportResult(bank, warnings);
    }

    // ---- blocks: questions are separated by blank lines; "//" lines are comments ----

    private void readBlocks(String text) {
        String[] lines = ImportFiles.lines(text);
        StringBuilder block = new StringBuilder();
        int blockStart = -1;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                if (blockStart > 0) {
                    readBlock(block.toString(), blockStart);
                }
                block.setLength(0);
                blockStart = -1;
            } else if (trimmed.startsWith("//")) {
                if (blockStart > 0) {
                    block.append('\n');
                }
            } else {
                if (blockStart < 0) {
                    blockStart = i + 1;
                } else {
                    block.append('\n');
                }
                block.append(line);
            }
        }
    }

    private void readBlock(String raw, int firstLine) {
        String text = GiftText.protect(raw);
        Block block = new Block(text, firstLine);
        if (text.strip().startsWith("$CATEGORY:")) {
            int end = text.indexOf('\n');
            String name = GiftText.restore(text.substring(text.indexOf(':') + 1, end < 0 ? text.length() : end));
            category = topicOf(name);
            if (category != null) {
                categories.add(category);
            }
            if (end >= 0 && !text.substring(end).isBlank()) {
                readQuestion(block, end + 1);
            }
            return;
        }
        readQuestion(block, 0);
    }

    /** Moodle writes categories as "$course$/top/Unit 1/Week 2"; the topic is "Unit 1/Week 2". */
    static String topicOf(String category) {
        List<String> parts = new ArrayList<>();
        for (String part : category.strip().split("/")) {
            String p = part.strip().replaceAll("\\s+", " ");
            if (!p.isEmpty() && !(parts.isEmpty() && (p.matches("\\$[a-z0-9]+\\$") || p.equals("top")))) {
                parts.add(p);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    /** The text of one block, protected, and a way to turn offsets in it back into file lines. */
    private record Block(String text, int firstLine) {
        int line(int offset) {
            int line = firstLine;
            for (int i = 0; i < offset && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    /** Thrown inside one question's parse; becomes a problem, and the next question is read. */
    private static final class BadQuestion extends Exception {
        final int offset;

        BadQuestion(int offset, String message) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    private void readQuestion(Block block, int start) {
        try {
            Question q = question(block, start);
            if (q != null) {
                List<String> wrong = ImportFiles.problemsOf(q);
                if (wrong.isEmpty()) {
                    questions.add(q);
                } else {
                    wrong.forEach(p -> problems.add(file + ":" + block.line(start) + ": " + p));
                }
            }
        } catch (BadQuestion e) {
            problems.add(file + ":" + block.line(e.offset) + ": " + e.getMessage());
        }
    }

    // ---- one question ----

    /** The parts of a question around its answer block, positions as offsets into the block. */
    private record Parts(String title, String before, String answers, int answersAt, String after,
            String generalFeedback) {
        boolean missingWord() {
            return !after.isBlank();
        }
    }

    private Question question(Block block, int start) throws BadQuestion {
        String text = block.text();
        int pos = start;
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        int questionLine = block.line(pos);
        String title = null;
        if (text.startsWith("::", pos)) {
            int end = text.indexOf("::", pos + 2);
            if (end < 0) {
                throw new BadQuestion(pos, "the title is not closed with '::' (write \\: for a literal colon)");
            }
            title = GiftText.restore(text.substring(pos + 2, end)).strip();
            pos = end + 2;
        }
        int open = text.indexOf('{', pos);
        int close = text.indexOf('}', pos);
        if (open < 0 && close < 0) {
            String what = text.substring(pos).isBlank() ? "a title without a question" : "a description (text without answers)";
            warnings.add(file + ":" + questionLine + ": skipped " + what + "; newsquiz has no such question type");
            return null;
        }
        if (open < 0 || (close >= 0 && close < open)) {
            throw new BadQuestion(close, "'}' without '{' before it (write \\} for a literal brace)");
        }
        if (close < 0) {
            throw new BadQuestion(open, "'{' is never closed with '}' (write \\{ for a literal brace)");
        }
        int nested = text.indexOf('{', open + 1);
        if (nested >= 0 && nested < close) {
            throw new BadQuestion(nested, "'{' inside an answer block (write \\{ for a literal brace)");
        }
        int extra = firstIndexOf(text, close + 1, '{', '}');
        if (extra >= 0) {
            throw new BadQuestion(extra, "a second answer block: a question has one {...} "
                    + "(write \\{ and \\} for literal braces, and leave a blank line between questions)");
        }
        String answers = text.substring(open + 1, close);
        String generalFeedback = "";
        int gf = answers.lastIndexOf("####");
        if (gf >= 0) {
            generalFeedback = answers.substring(gf + 4);
            answers = answers.substring(0, gf);
        }
        Parts parts = new Parts(title, text.substring(pos, open), answers, open + 1, text.substring(close + 1),
                generalFeedback);
        String kind = answers.strip();
        if (kind.isEmpty()) {
            warnings.add(file + ":" + questionLine + ": skipped an essay question (empty answer block); "
                    + "newsquiz cannot mark free text");
            return null;
        }
        if (kind.startsWith("#")) {
            return numeric(parts);
        }
        if (kind.indexOf('~') >= 0) {
            return choice(parts);
        }
        if (kind.indexOf('=') >= 0 && kind.contains("->")) {
            return matching(parts);
        }
        int hash = kind.indexOf('#');
        if (TRUE_FALSE.contains((hash > 0 ? kind.substring(0, hash) : kind).strip())) {
            return trueFalse(parts);
        }
        return shortAnswer(parts);
    }

    private static int firstIndexOf(String text, int from, char a, char b) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == a || text.charAt(i) == b) {
                return i;
            }
        }
        return -1;
    }

    /** The common fields. The prompt has {@code blank} where the answer block was, if it was inside the text. */
    private QuestionInfo info(Parts parts, String blank, List<AnswerDetail> details) {
        String before = parts.before();
        Format format = Format.MOODLE;
        Piece head = GiftText.piece(before, Format.MOODLE);
        if (!before.isBlank()) {
            format = head.format();
        }
        String prompt;
        if (parts.missingWord()) {
            Piece tail = GiftText.piece(parts.after(), format);
            String left = head.text();
            String right = tail.text();
            prompt = (left.isEmpty() ? "" : left + " ") + blank + (startsWithPunctuation(right) ? "" : " ") + right;
        } else {
            prompt = head.text();
        }
        String explanation = GiftText.piece(parts.generalFeedback(), format).text();
        String fallback = "q" + (questions.size() + 1);
        String id = ids.next(parts.title(), fallback);
        List<String> topics = category == null ? List.of() : List.of(category);
        return new QuestionInfo(id, prompt.strip(), explanation, topics, 2, 1.0, null, null, details);
    }

    private static boolean startsWithPunctuation(String s) {
        return !s.isEmpty() && ".,;:!?)]".indexOf(s.charAt(0)) >= 0;
    }

    /** A raw piece of an answer list: its marker ({@code =}, {@code ~}, or ' ' for text before any). */
    private record Segment(char marker, String text, int offset) {
    }

    /** One answer of a list: its marker, weight (null when not written), text and feedback. */
    private record Answer(char marker, Double weight, String text, String feedback, int offset) {
        boolean explicit() {
            return weight != null || !feedback.isEmpty();
        }
    }

    /**
     * Splits an answer list at each of {@code markers}, as Moodle does. Non-blank text before the
     * first marker comes back with marker ' '.
     */
    private static List<Segment> segments(String body, int bodyAt, String markers) {
        List<Segment> out = new ArrayList<>();
        int segStart = 0;
        for (int i = 1; i <= body.length(); i++) {
            if (i == body.length() || markers.indexOf(body.charAt(i)) >= 0) {
                String seg = body.substring(segStart, i);
                if (!seg.isEmpty() && markers.indexOf(seg.charAt(0)) >= 0) {
                    out.add(new Segment(seg.charAt(0), seg.substring(1), bodyAt + segStart + 1));
                } else if (!seg.isBlank()) {
                    out.add(new Segment(' ', seg, bodyAt + segStart + firstNonBlank(seg)));
                }
                segStart = i;
            }
        }
        return out;
    }

    /** The answers of a list; text before the first marker is an answer too ("{four =4}") when allowed. */
    private static List<Answer> answers(String body, int bodyAt, String markers, boolean leadingAllowed,
            Format format) throws BadQuestion {
        List<Answer> out = new ArrayList<>();
        for (Segment seg : segments(body, bodyAt, markers)) {
            if (seg.marker() == ' ' && !leadingAllowed) {
                throw new BadQuestion(seg.offset(), "text before the first answer; start each answer with = or ~");
            }
            out.add(answer(seg, format));
        }
        return out;
    }

    private static int firstNonBlank(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static Answer answer(Segment seg, Format format) throws BadQuestion {
        String body = seg.text().strip();
        Double weight = null;
        Matcher m = WEIGHT.matcher(body);
        if (m.find()) {
            weight = Double.parseDouble(m.group(1)) + 0.0; // no -0.0
            if (weight < -100 || weight > 100) {
                throw new BadQuestion(seg.offset(), "weight %" + m.group(1) + "% is outside -100..100");
            }
            body = body.substring(m.end());
        }
        int hash = body.indexOf('#');
        String text = hash < 0 ? body : body.substring(0, hash);
        String feedback = hash < 0 ? "" : body.substring(hash + 1);
        return new Answer(seg.marker(), weight, GiftText.piece(text, format).text(),
                GiftText.piece(feedback, format).text(), seg.offset());
    }

    /**
     * No details when they say only what the question type says anyway (no feedback, the default
     * credits), so that "{=a =b ~c}" and its export "{~%50%a ~%50%b ~%-50%c}" import the same.
     */
    private static List<AnswerDetail> unlessDefault(List<AnswerDetail> details, double[] defaults) {
        if (details.size() != defaults.length) {
            return details;
        }
        for (int i = 0; i < defaults.length; i++) {
            AnswerDetail d = details.get(i);
            if (!d.feedback().isEmpty() || !Numbers.percent(d.credit()).equals(Numbers.percent(defaults[i]))) {
                return details;
            }
        }
        return List.of();
    }

    private static Format questionFormat(Parts parts) {
        return parts.before().isBlank() ? Format.MOODLE : GiftText.piece(parts.before(), Format.MOODLE).format();
    }

    // ---- the types ----

    private Question choice(Parts parts) throws BadQuestion {
        Format format = questionFormat(parts);
        List<Answer> answers = answers(parts.answers(), parts.answersAt(), "~=", false, format);
        for (Answer a : answers) {
            if (a.text().isEmpty()) {
                throw new BadQuestion(a.offset(), "an empty answer after '" + a.marker() + "'");
            }
        }
        if (answers.size() < 2) {
            throw new BadQuestion(parts.answersAt(), "a multiple-choice question needs at least two answers");
        }
        List<String> choices = new ArrayList<>();
        List<Integer> full = new ArrayList<>();
        List<Integer> positive = new ArrayList<>();
        boolean explicit = false;
        List<AnswerDetail> details = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            double credit = a.weight() != null ? a.weight() : a.marker() == '=' ? 100 : 0;
            choices.add(a.text());
            if (credit == 100) {
                full.add(i);
            }
            if (credit > 0) {
                positive.add(i);
            }
            explicit |= a.explicit();
            details.add(new AnswerDetail(a.text(), credit, a.feedback()));
        }
        if (!explicit) {
            details = List.of();
        }
        if (parts.missingWord() && full.size() == 1) {
            details = unlessDefault(details, GiftCredits.single(choices.size(), full.get(0)));
            QuestionInfo info = info(parts, "{{1}}", details);
            String right = choices.get(full.get(0));
            return new Cloze(info.withPrompt(CHOOSE_PROMPT), info.prompt(),
                    List.of(new Cloze.Blank(List.of(right), choices, false, false)));
        }
        if (full.size() == 1) {
            details = unlessDefault(details, GiftCredits.single(choices.size(), full.get(0)));
            return new MultipleChoice(info(parts, BLANK, details), choices, full.get(0));
        }
        if (positive.size() >= 2) {
            details = unlessDefault(details, GiftCredits.several(choices.size(), new HashSet<>(positive)));
            return new MultipleSelect(info(parts, BLANK, details), choices, new HashSet<>(positive));
        }
        if (positive.size() == 1) {
            details = unlessDefault(details, GiftCredits.single(choices.size(), positive.get(0)));
            return new MultipleChoice(info(parts, BLANK, details), choices, positive.get(0));
        }
        throw new BadQuestion(parts.answersAt(), "no right answer: mark one with = or give answers a positive %weight%");
    }

    private Question shortAnswer(Parts parts) throws BadQuestion {
        Format format = questionFormat(parts);
        List<Answer> answers = answers(parts.answers(), parts.answersAt(), "=", true, format);
        List<String> accept = new ArrayList<>();
        List<AnswerDetail> details = new ArrayList<>();
        boolean explicit = false;
        double best = 0;
        Set<String> seen = new HashSet<>();
        for (Answer a : answers) {
            if (a.text().isEmpty()) {
                throw new BadQuestion(a.offset(), "an empty answer after '='");
            }
            if (!seen.add(a.text())) {
                throw new BadQuestion(a.offset(), "the answer \"" + a.text() + "\" appears twice");
            }
            double credit = a.weight() != null ? a.weight() : 100;
            best = Math.max(best, credit);
            explicit |= a.explicit();
            details.add(new AnswerDetail(a.text(), credit, a.feedback()));
        }
        if (best <= 0) {
            throw new BadQuestion(parts.answersAt(), "no right answer: give at least one answer a positive weight");
        }
        for (AnswerDetail d : details) {
            if (d.credit() == best && !accept.contains(d.answer())) {
                accept.add(d.answer());
            }
        }
        List<AnswerDetail> kept = explicit ? unlessDefault(details, GiftCredits.typed(details.size())) : List.of();
        if (parts.missingWord()) {
            QuestionInfo info = info(parts, "{{1}}", kept);
            return new Cloze(info.withPrompt(TYPE_PROMPT), info.prompt(),
                    List.of(new Cloze.Blank(accept, List.of(), false, false)));
        }
        return new ShortAnswer(info(parts, BLANK, kept), accept, false, false);
    }

    private Question trueFalse(Parts parts) {
        Format format = questionFormat(parts);
        String[] bits = parts.answers().strip().split("#", 3);
        boolean answer = bits[0].strip().startsWith("T");
        String wrong = bits.length > 1 ? GiftText.piece(bits[1], format).text() : "";
        String right = bits.length > 2 ? GiftText.piece(bits[2], format).text() : "";
        List<AnswerDetail> details = List.of();
        if (!wrong.isEmpty() || !right.isEmpty()) {
            details = List.of(
                    new AnswerDetail("true", answer ? 100 : 0, answer ? right : wrong),
                    new AnswerDetail("false", answer ? 0 : 100, answer ? wrong : right));
        }
        return new TrueFalse(info(parts, BLANK, details), answer);
    }

    private Question numeric(Parts parts) throws BadQuestion {
        Format format = questionFormat(parts);
        String body = parts.answers();
        int hashAt = body.indexOf('#');
        body = body.substring(hashAt + 1);
        int bodyAt = parts.answersAt() + hashAt + 1;
        String wrongFeedback = null;
        int tilde = body.indexOf('~');
        if (tilde >= 0) {
            String wrong = body.substring(tilde + 1);
            int h = wrong.indexOf('#');
            wrongFeedback = GiftText.piece(h < 0 ? "" : wrong.substring(h + 1), format).text();
            body = body.substring(0, tilde);
        }
        List<Answer> answers = answers(body, bodyAt, "=", true, format);
        if (answers.isEmpty()) {
            throw new BadQuestion(parts.answersAt(), "a numeric question needs an answer, e.g. {#1822} or {#3.14:0.01}");
        }
        List<AnswerDetail> details = new ArrayList<>();
        boolean explicit = answers.size() > 1 || wrongFeedback != null;
        NumericSpec primary = null;
        double primaryCredit = 0;
        for (Answer a : answers) {
            String spec = a.text();
            NumericSpec parsed = numericSpec(spec, a.offset());
            double credit = a.weight() != null ? a.weight() : 100;
            explicit |= a.explicit();
            if (parsed == null) {
                // "*", any other answer: Moodle's way to give wrong answers feedback, written ~#feedback
                if (credit > 0 || wrongFeedback != null) {
                    throw new BadQuestion(a.offset(), "'*' (any other answer) may appear once, with no credit; "
                            + "write ~#feedback for wrong answers");
                }
                wrongFeedback = a.feedback();
                continue;
            }
            details.add(new AnswerDetail(spec, credit, a.feedback()));
            if (parsed != null && credit > primaryCredit) {
                primary = parsed;
                primaryCredit = credit;
            }
        }
        if (primary == null) {
            throw new BadQuestion(parts.answersAt(), "no right answer: give at least one number a positive weight");
        }
        if (wrongFeedback != null) {
            details.add(new AnswerDetail("*", 0, wrongFeedback));
        }
        if (details.size() == 1) {
            details = unlessDefault(details, GiftCredits.typed(1));
        }
        QuestionInfo info = info(parts, BLANK, explicit ? details : List.of());
        return new NumericQuestion(info, primary.value(), primary.min(), primary.max(), null);
    }

    /** Parses a numeric answer; {@code *} (any other answer) is null. */
    private static NumericSpec numericSpec(String spec, int offset) throws BadQuestion {
        if (spec.equals("*")) {
            return null;
        }
        try {
            return NumericSpec.read(spec);
        } catch (IllegalArgumentException e) {
            throw new BadQuestion(offset, e.getMessage());
        }
    }

    private Question matching(Parts parts) throws BadQuestion {
        Format format = questionFormat(parts);
        List<Matching.Pair> pairs = new ArrayList<>();
        List<String> distractors = new ArrayList<>();
        for (Segment seg : segments(parts.answers(), parts.answersAt(), "=")) {
            if (seg.marker() == ' ') {
                throw new BadQuestion(seg.offset(), "text before the first answer; start each pair with =");
            }
            int arrow = seg.text().indexOf("->");
            if (arrow < 0) {
                throw new BadQuestion(seg.offset(), "a matching answer needs 'item -> match'");
            }
            String left = GiftText.piece(seg.text().substring(0, arrow), format).text();
            String right = GiftText.piece(seg.text().substring(arrow + 2), Format.PLAIN).text();
            if (right.isEmpty()) {
                throw new BadQuestion(seg.offset(), "nothing after '->' in a matching answer");
            }
            if (left.isEmpty()) {
                distractors.add(right);
            } else {
                pairs.add(new Matching.Pair(left, right));
            }
        }
        if (pairs.size() < 2) {
            throw new BadQuestion(parts.answersAt(), "a matching question needs at least two 'item -> match' pairs");
        }
        return new Matching(info(parts, BLANK, List.of()), pairs, distractors);
    }
}
