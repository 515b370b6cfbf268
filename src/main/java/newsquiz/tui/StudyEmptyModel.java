package newsquiz.tui;

import java.util.List;

/**
 * The screen of a study mode with nothing to ask: what it found and when to come back.
 *
 * @param lines   what to say, one sentence a line ("Nothing to review now in all 3 banks.")
 * @param warning why progress is not being saved, or null
 * @param home    the home screen to go back to, or null to build one
 */
public record StudyEmptyModel(StudyMode mode, String title, List<String> lines, String warning, HomeModel home)
        implements StudyScreenModel {

    public StudyEmptyModel {
        lines = List.copyOf(lines);
    }

    StudyEmptyModel withWarning(String w) {
        return new StudyEmptyModel(mode, title, lines, w, home);
    }
}
