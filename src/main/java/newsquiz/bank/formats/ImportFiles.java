package newsquiz.bank.formats;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsquiz.bank.Bank;
import newsquiz.bank.BankValidator;
import newsquiz.bank.Question;

/** What every importer does the same way: reading the file, splitting lines, naming the bank. */
final class ImportFiles {

    private ImportFiles() {
    }

    /** Reads a UTF-8 file, refusing other encodings instead of importing mangled text. */
    static String readUtf8(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException(path.getFileName() + " is not UTF-8 text; save it as UTF-8 and import it again", e);
        }
    }

    /** The file's lines without a byte order mark, whatever the line endings. */
    static String[] lines(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return body.split("\\r\\n|\\r|\\n", -1);
    }

    /** A bank named after the file: {@code week 3.gift} gets id {@code week-3} and title "week 3". */
    static Bank bank(String fileName, String format, List<String> topics, List<Question> questions) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        String id = QuestionIds.slug(stem);
        return new Bank(Bank.SCHEMA_VERSION, id.isEmpty() ? "imported" : id, stem.isBlank() ? "Imported questions" : stem,
                "Imported from " + fileName + " (" + format + ").", "en", null, topics, false, questions);
    }

    /**
     * What {@link BankValidator} would say about one imported question (duplicate choices, empty
     * items...), so the importer can report it at the question's line instead of writing a bank
     * that newsquiz then refuses to read.
     */
    static List<String> problemsOf(Question q) {
        Bank one = new Bank(Bank.SCHEMA_VERSION, "check", "check", null, "en", null, List.of(), false, List.of(q));
        return BankValidator.validate(one).stream().map(p -> p.replaceFirst("^question '[^']*': ", "")).toList();
    }
}
