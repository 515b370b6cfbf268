package newsquiz.bank;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Passes over a JSON value that is not used (an unknown field, a value of the wrong type), still
 * decoding every string and number in it as reading it into a tree would: a bad byte or an
 * over-long number is reported wherever it is, not only in the fields that are kept.
 */
final class JsonSkip {

    private JsonSkip() {
    }

    /** Skips the value whose first token is current; afterwards its last token is current. */
    static void value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            int depth = 1;
            while (depth > 0) {
                t = p.nextToken();
                if (t == null) {
                    return; // end of input: the parser has already complained
                } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else {
                    decode(p, t);
                }
            }
        } else {
            decode(p, t);
        }
    }

    private static void decode(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_STRING) {
            p.getText();
        } else if (t == JsonToken.VALUE_NUMBER_INT) {
            p.getNumberValue();
        } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            p.getDoubleValue();
        }
    }
}
