package newsquiz.tui;

import newsquiz.bank.Question;
import newsquiz.progress.GradePreview;

/** What the {@link StudyDesk} answered, delivered to the study screen as {@link Msg.Studied}. */
public sealed interface StudyReply {

    record Previewed(Question question, GradePreview preview) implements StudyReply {
    }

    record Outlook(String text) implements StudyReply {
    }
}
