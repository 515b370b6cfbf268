package newsquiz.generate;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an input file into article text, refusing input that cannot give a quiz:
 * empty, binary, not UTF-8, not English, or too short. Checks run before any model is touched.
 */
public final class ArticleReader {

    /** Fewer words than this cannot give enough distinct facts for a quiz. */
    public static final int MIN_WORDS = 60;

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");
    // The most frequent English function words; news English has about 35-45% of its words here.
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "a", "in", "is", "that", "for",
            "on", "with", "as", "was", "by", "it", "at", "from", "he", "she", "said", "be", "are", "has", "have",
            "an", "this", "which", "were", "will", "its", "their", "they", "would", "been", "had", "but", "not",
            "or", "who", "after", "also", "more", "than");

    private ArticleReader() {
    }

    public static SourceText read(byte[] bytes, String fileName) throws UnusableInputException {
        String name = fileName == null ? "standard input" : fileName;
        if (bytes.length == 0) {
            throw new UnusableInputException(name + " is empty");
        }
        String raw = decode(bytes, name);
        if (raw.startsWith("\ufeff")) {
            raw = " " + raw.substring(1); // keep offsets: the BOM becomes a space
        }
        if (raw.isBlank()) {
            throw new UnusableInputException(name + " is empty (only whitespace)");
        }
        SourceText source;
        switch (InputFormat.detect(fileName, raw)) {
            case HTML:
                source = HtmlText.extract(raw);
                break;
            case MARKDOWN:
                source = MarkdownText.extract(normaliseNewlines(raw));
                break;
            default:
                source = SourceText.plain(normaliseNewlines(raw), null);
                break;
        }
        checkLanguage(source.text(), name);
        return source;
    }

    private static String decode(byte[] bytes, String name) throws UnusableInputException {
        int control = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw new UnusableInputException(name + " looks like a binary file, not text");
            }
            if (b > 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (control > bytes.length / 100 + 2) {
            throw new UnusableInputException(name + " looks like a binary file, not text");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnusableInputException(name + " is not UTF-8 text (convert it first, e.g. with iconv)");
        }
    }

    /** CR LF and lone CR become LF; both are one char wide in and out, so offsets stay true. */
    private static String normaliseNewlines(String s) {
        return s.replace("\r\n", " \n").replace('\r', '\n');
    }

    static void checkLanguage(String text, String name) throws UnusableInputException {
        Matcher m = WORD.matcher(text);
        int words = 0;
        int english = 0;
        while (m.find()) {
            words++;
            if (ENGLISH.contains(m.group().toLowerCase(Locale.ROOT))) {
                english++;
            }
        }
        if (words == 0) {
            throw new UnusableInputException(name + " has no words to make questions from");
        }
        if (words >= 20 && english * 100 / words < 12) {
            throw new UnusableInputException(name + " does not look like English text (only English is supported)");
        }
        if (words < MIN_WORDS) {
            throw new UnusableInputException(name + " is too short to make a quiz from (" + words
                    + " words; at least " + MIN_WORDS + " are needed)");
        }
    }
}
