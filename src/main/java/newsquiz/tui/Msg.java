package newsquiz.tui;

import java.time.Instant;

/** What update functions react to. Every message carries the time, so models never read a clock. */
public sealed interface Msg {

    Instant now();

    record KeyPress(Key key, Instant now) implements Msg {
    }

    /** Sent several times a second so timers count down and run out. */
    record Tick(Instant now) implements Msg {
    }

    record Resize(Size size, Instant now) implements Msg {
    }

    /** How writing a curated bank went: {@code error} is null when it was saved. */
    record Saved(java.nio.file.Path target, String error, Instant now) implements Msg {
    }

    /** Something the learner should know that did not come from a key, e.g. "progress not saved". */
    record Notice(String text, Instant now) implements Msg {
    }

    /** What the progress store answered to a study screen's {@link Effect.Study}. */
    record Studied(StudyReply reply, Instant now) implements Msg {
    }
}
