package newsquiz.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import newsquiz.files.AtomicFile;

/**
 * Reads and writes bank files. Reading ({@link BankReader}) goes through the file as a token
 * stream so that each problem can name the line and column of the question it is in; everything
 * wrong with a bank is reported at once rather than one fix-and-retry at a time.
 */
public final class BankJson {

    /** Far above any real bank (100,000 typical questions take about 32 MB) and far below what hurts. */
    public static final long MAX_FILE_BYTES = 40L * 1024 * 1024;

    private BankJson() {
    }

    public static Bank read(Path file) throws BankException {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new BankException(String.format("%s: file is %.1f MB; banks over %d MB are refused",
                        name, size / 1048576.0, MAX_FILE_BYTES / 1048576));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return new BankReader(name).read(in, size);
            } catch (BankException e) {
                // Jackson reads bytes directly (fast) but words a bad byte as a parse error;
                // re-check the encoding so a non-UTF-8 file gets the clear message.
                StrictUtf8.decode(Files.readAllBytes(file), name);
                throw e;
            }
        } catch (NoSuchFileException e) {
            throw new BankException(name + ": no such file");
        } catch (IOException e) {
            throw new BankException(name + ": cannot read: " + e.getMessage());
        }
    }

    /** Parses bank JSON; {@code name} is used in problem messages. */
    public static Bank parse(String json, String name) throws BankException {
        return new BankReader(name).read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static String write(Bank bank) {
        ObjectNode o = Writing.MAPPER.createObjectNode();
        o.put("schemaVersion", bank.schemaVersion());
        o.put("id", bank.id());
        o.put("title", bank.title());
        if (bank.description() != null) {
            o.put("description", bank.description());
        }
        o.put("language", bank.language());
        if (bank.source() != null) {
            ObjectNode s = o.putObject("source");
            Bank.Source src = bank.source();
            putIfPresent(s, "title", src.title());
            putIfPresent(s, "publisher", src.publisher());
            putIfPresent(s, "author", src.author());
            putIfPresent(s, "date", src.date());
            putIfPresent(s, "url", src.url());
        }
        if (!bank.topics().isEmpty()) {
            o.set("topics", QuestionToJson.strings(bank.topics()));
        }
        if (bank.generated()) {
            o.put("generated", true);
        }
        var questions = o.putArray("questions");
        for (Question q : bank.questions()) {
            questions.add(QuestionToJson.write(q));
        }
        try {
            // Jackson's default layout: objects one field a line, lists inline - readable in a
            // diff and about a third smaller than one list item a line.
            return Writing.MAPPER.writer(new DefaultPrettyPrinter()).writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** Writes atomically: an interrupted write leaves the old file, never half a bank. */
    public static void writeFile(Bank bank, Path file) throws IOException {
        AtomicFile.write(file, write(bank));
    }

    /** Holds the (costly to start) object mapper, so a command that only reads banks never loads it. */
    private static final class Writing {
        static final ObjectMapper MAPPER = new ObjectMapper(BankReader.FACTORY);
    }

    private static void putIfPresent(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }
}
