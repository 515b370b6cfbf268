package newsquiz.bank.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.bank.MultipleChoice;
import newsquiz.bank.Question;
import newsquiz.bank.QuestionInfo;

/**
 * Reads the Aiken format (Moodle): multiple-choice questions written as
 * <pre>
 * What is the capital of Azerbaijan?
 * A. Baku
 * B) Ganja
 * ANSWER: A
 * </pre>
 * The question text may take several lines; options are a capital letter, {@code .} or {@code )}
 * and a space. Every line that breaks the pattern is reported as {@code file:line: message} and the
 * reader carries on with the next question, so one run lists all the mistakes.
 */
public final class AikenImporter {

    private static final Pattern OPTION = Pattern.compile("^([A-Z])[.)][ \\t]+(.*)$");
    private static final Pattern ANSWER = Pattern.compile("^(?i:ANSWER)\\s*:\\s*(.*)$");

    private final String file;
    private final QuestionIds ids = new QuestionIds();
    private final List<Question> questions = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    // the question being read
    private final List<String> text = new ArrayList<>();
    private final List<String> letters = new ArrayList<>();
    private final List<String> options = new ArrayList<>();
    private int questionLine;
    private boolean broken;

    private AikenImporter(String file) {
        this.file = file;
    }

    public static ImportResult read(Path path) throws IOException, ImportException {
        return parse(ImportFiles.readUtf8(path), path.getFileName().toString());
    }

    /** @throws ImportException listing every line that breaks the format (then nothing is imported) */
    public static ImportResult parse(String content, String fileName) throws ImportException {
        AikenImporter importer = new AikenImporter(fileName);
        String[] lines = ImportFiles.lines(content);
        for (int i = 0; i < lines.length; i++) {
            importer.line(lines[i].strip(), i + 1);
        }
        importer.end();
        if (importer.problems.isEmpty() && importer.questions.isEmpty()) {
            importer.problems.add(fileName + ": no questions to import");
        }
        if (!importer.problems.isEmpty()) {
            throw new ImportException(importer.problems);
        }
        return new ImportResult(ImportFiles.bank(fileName, "Aiken", List.of(), importer.questions), List.of());
    }

    private void line(String line, int n) {
        if (line.isEmpty()) {
            return; // as in Moodle, blank lines separate nothing and break nothing
        }
        Matcher answer = ANSWER.matcher(line);
        Matcher option = OPTION.matcher(line);
        if (answer.matches()) {
            answer(answer.group(1).strip(), n);
        } else if (option.matches() && !text.isEmpty()) {
            if (letters.contains(option.group(1))) {
                problem(n, "option " + option.group(1) + " appears twice");
            } else if (option.group(2).isBlank()) {
                problem(n, "option " + option.group(1) + " is empty");
            } else {
                letters.add(option.group(1));
                options.add(option.group(2).strip());
            }
        } else if (options.isEmpty()) {
            if (text.isEmpty()) {
                questionLine = n;
                if (option.matches()) {
                    problem(n, "an option before any question text");
                }
            }
            text.add(line);
        } else if (!broken) {
            problem(n, "expected another option (\"" + nextLetter() + ". ...\") or \"ANSWER: X\", found \""
                    + abbreviate(line) + "\"");
        }
    }

    private void answer(String letter, int n) {
        if (broken) {
            reset(); // already reported; start afresh with the next question
            return;
        }
        if (text.isEmpty()) {
            problem(n, "ANSWER: without a question before it");
        } else if (options.size() < 2) {
            problem(n, "the question at line " + questionLine + " needs at least two options (A. ..., B. ...)");
        } else if (!letter.matches("[A-Za-z]")) {
            problem(n, "ANSWER: must be followed by one option letter, found \"" + abbreviate(letter) + "\"");
        } else if (!letters.contains(letter.toUpperCase())) {
            problem(n, "ANSWER: " + letter + " is not one of the options " + String.join(", ", letters));
        } else {
            String prompt = String.join(" ", text);
            QuestionInfo info = new QuestionInfo(ids.next(null, "q" + (questions.size() + 1)), prompt, "",
                    List.of(), 2, 1.0, null, null);
            MultipleChoice q = new MultipleChoice(info, options, letters.indexOf(letter.toUpperCase()));
            List<String> wrong = ImportFiles.problemsOf(q);
            if (wrong.isEmpty()) {
                questions.add(q);
            } else {
                wrong.forEach(p -> problems.add(file + ":" + questionLine + ": " + p));
            }
        }
        reset();
    }

    private void end() {
        if (!text.isEmpty() && !broken) {
            problem(questionLine, "the question has no \"ANSWER: X\" line before the end of the file");
        }
    }

    private void problem(int line, String message) {
        problems.add(file + ":" + line + ": " + message);
        broken = true;
    }

    private void reset() {
        text.clear();
        letters.clear();
        options.clear();
        broken = false;
    }

    private String nextLetter() {
        return letters.isEmpty() ? "A" : String.valueOf((char) (letters.get(letters.size() - 1).charAt(0) + 1));
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
