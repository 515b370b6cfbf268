package newsquiz.progress;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
 * A short fingerprint of what a question asks and accepts, so that progress recorded for one
 * version of a question is not mixed with an edited one.
 *
 * <p>The canonical form is a JSON array: the type name, the prompt and the answer data, with text
 * in Unicode NFC, trimmed, runs of white space made single spaces. It deliberately leaves out what
 * does not change the question's meaning: explanation, hint, topics, difficulty, points and
 * provenance (fixing a typo in an explanation must not reset a learner's schedule), and the order of
 * choices or of accepted answers (choices are sorted and the right ones named by text, so shuffling
 * them in the bank changes nothing). The hash is the first 16 hex digits (64 bits) of SHA-256.
 */
public final class QuestionHash {

    private static final JsonFactory JSON = new JsonFactory();
    /** Compiled once: String.replaceAll compiled it again for every string of every question. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * Copied for each hash: looking SHA-256 up among the security providers for every question cost
     * more than hashing it, and the home screen hashes every question of every bank.
     */
    private static final MessageDigest SHA_256 = sha256();

    private QuestionHash() {
    }

    /**
     * The hashes worked out lately, by question object. The home screen asks for every question's
     * hash three times (review counts, weak spots, mastery), on the same objects, and hashing was
     * its largest cost before the first frame. Questions are immutable, so a remembered hash is
     * always the right one. Kept by identity: a record's own hashCode and equals are linked through
     * method handles the first time they run, which cost more at start-up than they saved. Past
     * {@link #REMEMBERED} questions (banks read again and again) the memory starts afresh.
     */
    private static final int REMEMBERED = 20_000;
    private static final Map<Question, String> RECENT = new IdentityHashMap<>();

    public static String of(Question q) {
        synchronized (RECENT) {
            String known = RECENT.get(q);
            if (known != null) {
                return known;
            }
        }
        String hash = sha256Prefix(canonical(q));
        synchronized (RECENT) {
            if (RECENT.size() >= REMEMBERED) {
                RECENT.clear();
            }
            RECENT.put(q, hash);
        }
        return hash;
    }

    /** The canonical text that is hashed; public for tests and for debugging a changed hash. */
    public static String canonical(Question q) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            g.writeString(q.type().jsonName());
            g.writeString(norm(q.prompt()));
            q.accept(new Question.Cases<Void>() {
                @Override
                public Void multipleChoice(MultipleChoice m) {
                    strings(g, sorted(m.choices()));
                    string(g, m.choices().get(m.answer()));
                    return null;
                }

                @Override
                public Void multipleSelect(MultipleSelect m) {
                    strings(g, sorted(m.choices()));
                    List<String> right = new ArrayList<>();
                    for (int i : m.answers()) {
                        right.add(m.choices().get(i));
                    }
                    strings(g, sorted(right));
                    return null;
                }

                @Override
                public Void trueFalse(TrueFalse t) {
                    raw(g, t.answer());
                    return null;
                }

                @Override
                public Void shortAnswer(ShortAnswer s) {
                    strings(g, sorted(s.accept()));
                    raw(g, s.caseSensitive());
                    raw(g, s.typos());
                    return null;
                }

                @Override
                public Void numeric(NumericQuestion n) {
                    number(g, n.value());
                    number(g, n.min());
                    number(g, n.max());
                    string(g, n.unit() == null ? "" : n.unit());
                    return null;
                }

                @Override
                public Void cloze(Cloze c) {
                    try {
                        g.writeStartArray();
                        for (Cloze.Blank b : c.blanks()) {
                            g.writeStartArray();
                            strings(g, b.hasChoices() ? sorted(b.choices()) : List.of());
                            strings(g, sorted(b.accept()));
                            raw(g, b.caseSensitive());
                            raw(g, b.typos());
                            g.writeEndArray();
                        }
                        g.writeEndArray();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return null;
                }

                @Override
                public Void matching(Matching m) {
                    List<String> pairs = new ArrayList<>();
                    for (Matching.Pair p : m.pairs()) {
                        pairs.add(norm(p.left()) + "\u0000" + norm(p.right()));
                    }
                    strings(g, sorted(pairs));
                    strings(g, sorted(m.distractors()));
                    return null;
                }

                @Override
                public Void ordering(Ordering o) {
                    List<String> items = new ArrayList<>();
                    for (String item : o.items()) {
                        items.add(norm(item));
                    }
                    strings(g, items);
                    return null;
                }
            });
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String norm(String s) {
        return s == null ? "" : SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFC).strip()).replaceAll(" ");
    }

    private static List<String> sorted(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            out.add(norm(v));
        }
        out.sort(null);
        return out;
    }

    private static void strings(JsonGenerator g, List<String> values) {
        try {
            g.writeStartArray();
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void string(JsonGenerator g, String v) {
        try {
            g.writeString(norm(v));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void raw(JsonGenerator g, boolean v) {
        try {
            g.writeBoolean(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void number(JsonGenerator g, double v) {
        try {
            g.writeNumber(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    static String sha256Prefix(String text) {
        try {
            byte[] d = ((MessageDigest) SHA_256.clone()).digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(16);
            for (int i = 0; i < 8; i++) {
                sb.append(Character.forDigit((d[i] >> 4) & 0xf, 16)).append(Character.forDigit(d[i] & 0xf, 16));
            }
            return sb.toString();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be copied", e);
        }
    }
}
