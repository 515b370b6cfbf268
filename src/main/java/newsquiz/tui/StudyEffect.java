package newsquiz.tui;

import java.util.List;
import newsquiz.bank.Bank;
import newsquiz.bank.Question;
import newsquiz.engine.AnswerRecord;
import newsquiz.progress.AnswerEvent;
import newsquiz.progress.SessionRecord;

/** What a study screen asks of the {@link StudyDesk}, carried by {@link Effect.Study}. */
public sealed interface StudyEffect {

    /** Start a session: the loop replaces the screen with {@link StudyDesk#open}. */
    record Open(StudyMode mode, List<Bank> banks, HomeModel home) implements StudyEffect {
        public Open {
            banks = List.copyOf(banks);
        }
    }

    record Answer(String bankId, AnswerRecord record) implements StudyEffect {
    }

    record Grade(AnswerEvent event) implements StudyEffect {
    }

    record Undo() implements StudyEffect {
    }

    /** Replied to with {@link StudyReply.Previewed}. */
    record Preview(String bankId, Question question) implements StudyEffect {
    }

    /** Replied to with {@link StudyReply.Outlook}. */
    record Outlook(StudyScope scope) implements StudyEffect {
    }

    record Finish(SessionRecord session) implements StudyEffect {
    }
}
