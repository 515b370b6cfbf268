package newsquiz.progress;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import newsquiz.progress.fsrs.CardState;

/** Everything in a progress file: all profiles, and the last journal entry folded in. */
final class ProgressData {

    static final int SCHEMA_VERSION = 1;

    long lastSeq;
    final Map<String, ProfileData> profiles = new LinkedHashMap<>();

    ProfileData profile(String name, Instant createdIfNew) {
        return profiles.computeIfAbsent(name, n -> new ProfileData(n, createdIfNew));
    }

    /** Applies one change; entries at or below {@link #lastSeq} are already in and are skipped. */
    boolean apply(JournalEntry entry) {
        if (entry.seq() <= lastSeq) {
            return false;
        }
        lastSeq = entry.seq();
        if (entry instanceof JournalEntry.Answer) {
            applyAnswer((JournalEntry.Answer) entry);
        } else if (entry instanceof JournalEntry.Restore) {
            JournalEntry.Restore r = (JournalEntry.Restore) entry;
            profile(r.profile(), null).put(r.bank(), r.question(), r.record());
        } else {
            JournalEntry.Session s = (JournalEntry.Session) entry;
            profile(s.profile(), s.session().startedAt()).sessions.add(s.session());
        }
        return true;
    }

    private void applyAnswer(JournalEntry.Answer a) {
        ProfileData p = profile(a.profile(), a.at());
        QuestionRecord current = p.get(a.bank(), a.question());
        if (current == null) {
            current = QuestionRecord.fresh(a.hash(), a.topics());
        } else if (!current.matches(a.hash())) {
            current = current.supersededBy(a.hash(), a.topics());
        }
        CardState before = current.card().state();
        ReviewEntry log = new ReviewEntry(a.at(), a.rating(), before, a.millis());
        p.put(a.bank(), a.question(),
                current.withAnswer(a.hash(), a.topics(), a.correct(), a.response(), a.mark(), a.millis(), a.card(),
                        log));
    }
}
