package newsquiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The profile picker on the home screen: listing, choosing, typing a new name, and what switching changes. */
class ProfileScreenTest {

    static final Env ENV = Fixtures.ENV;
    static final HomeModel HOME = LearnerFixtures.home("default");
    static final ProfileModel PICKER = ProfileModel.of(List.of("default", "ana"), "default", HOME);

    static Msg key(char c) {
        return new Msg.KeyPress(Key.ch(c), Fixtures.T0);
    }

    static Msg key(Key.Kind kind) {
        return new Msg.KeyPress(Key.of(kind), Fixtures.T0);
    }

    static Update run(ScreenModel start, Msg... msgs) {
        AppModel m = new AppModel(start, ENV);
        List<Effect> effects = new java.util.ArrayList<>();
        for (Msg msg : msgs) {
            App.Step s = App.update(m, msg);
            m = s.model();
            effects.addAll(s.effects());
        }
        return new Update(m.screen(), effects);
    }

    static Msg[] typed(String text) {
        return text.chars().mapToObj(c -> key((char) c)).toArray(Msg[]::new);
    }

    @Test
    void theHomeScreenShowsTheProfileAndOpensThePickerFromItsRowOrWithP() {
        assertThat(HOME.rows()).contains(HomeModel.Row.PROFILE);
        assertThat(Fixtures.home().rows()).doesNotContain(HomeModel.Row.PROFILE); // no progress store, no row
        assertThat(HomeScreen.view(HOME, ENV).body().stream().map(Line::text)).contains("  Profile       default");
        Update viaKey = run(HOME, key('p'));
        assertThat(viaKey.effects()).containsExactly(new Effect.AskLearner(new LearnerRequest.PickProfile(HOME)));
        Update viaRow = run(HOME, key(Key.Kind.DOWN), key(Key.Kind.ENTER));
        assertThat(((HomeModel) viaRow.model()).focusedRow()).isEqualTo(HomeModel.Row.PROFILE);
        assertThat(viaRow.effects()).singleElement().isInstanceOf(Effect.AskLearner.class);
        assertThat(run(Fixtures.home(), key('p')).effects()).isEmpty();
        assertThat(run(HOME, key(Key.Kind.DOWN), key(Key.Kind.RIGHT)).model())
                .isEqualTo(run(HOME, key(Key.Kind.DOWN)).model()); // Left/Right do not change a profile
    }

    @Test
    void thePickerStartsOnTheCurrentProfile() {
        ProfileModel m = ProfileModel.of(List.of("default", "ana", "bo"), "ana", HOME);
        assertThat(m.row()).isEqualTo(1);
        assertThat(ProfileScreen.view(m, ENV).body().stream().map(Line::text))
                .containsSubsequence("  default", "› ana  (current)", "  bo", "  new profile…");
    }

    @Test
    void enterOnAnotherProfileSwitchesToIt() {
        Update u = run(PICKER, key(Key.Kind.DOWN), key(Key.Kind.ENTER));
        assertThat(u.effects()).containsExactly(new Effect.AskLearner(new LearnerRequest.SwitchProfile("ana", HOME)));
    }

    @Test
    void enterOnTheCurrentProfileOrEscJustGoesBack() {
        assertThat(run(PICKER, key(Key.Kind.ENTER))).isEqualTo(Update.of(HOME));
        assertThat(run(PICKER, key(Key.Kind.ESCAPE))).isEqualTo(Update.of(HOME));
        assertThat(run(PICKER, new Msg.KeyPress(Key.ctrl('c'), Fixtures.T0)).effects())
                .containsExactly(new Effect.Exit(130));
    }

    @Test
    void aNewProfileIsTypedAndValidatedLikeTheProfileOption() {
        ProfileModel typing = (ProfileModel) run(PICKER, key(Key.Kind.UP), key(Key.Kind.ENTER)).model(); // wraps to "new"
        assertThat(typing.typing()).isTrue();
        Update blank = run(typing, key(' '), key(' '), key(Key.Kind.ENTER));
        assertThat(blank.effects()).isEmpty();
        assertThat(((ProfileModel) blank.model()).message()).isEqualTo("A profile name is 1 to 40 characters.");
        Update tooLong = run(typing, concat(typed("x".repeat(41)), key(Key.Kind.ENTER)));
        assertThat(tooLong.effects()).isEmpty();
        assertThat(((ProfileModel) tooLong.model()).message()).isNotNull();
        Update ok = run(typing, concat(typed(" Zoë "), key(Key.Kind.ENTER)));
        assertThat(ok.effects()).containsExactly(new Effect.AskLearner(new LearnerRequest.SwitchProfile("Zoë", HOME)));
        Update existing = run(typing, concat(typed("ana"), key(Key.Kind.ENTER)));
        assertThat(existing.effects()).containsExactly(new Effect.AskLearner(new LearnerRequest.SwitchProfile("ana", HOME)));
        ProfileModel cancelled = (ProfileModel) run(typing, key('x'), key(Key.Kind.ESCAPE)).model();
        assertThat(cancelled.typing()).isFalse();
        assertThat(cancelled.row()).isEqualTo(2);
    }

    @Test
    void lettersWhileTypingAreText() {
        ProfileModel typing = (ProfileModel) run(PICKER, key('n')).model();
        ProfileModel after = (ProfileModel) run(typing, typed("qbnj")).model();
        assertThat(after.name().text()).isEqualTo("qbnj");
    }

    private static Msg[] concat(Msg[] first, Msg last) {
        Msg[] all = java.util.Arrays.copyOf(first, first.length + 1);
        all[first.length] = last;
        return all;
    }

    @Test
    void switchingInTheLoopRecordsForTheNewProfileAndShowsItsStatistics() {
        LearnerFixtures.FakeLearner learner = new LearnerFixtures.FakeLearner();
        Harness h = new Harness(HOME, 80, 24);
        h.loop.withLearner(learner);
        h.keys("p");
        assertThat(h.text()).contains("› default  (current)").contains("ana");
        h.keys("<down>", "<enter>");
        assertThat(learner.switches).containsExactly("ana");
        HomeModel home = (HomeModel) h.screenModel();
        assertThat(home.profile()).isEqualTo("ana");
        assertThat(h.text()).contains("Profile       ana").contains("Answers are now recorded for ana.");
        h.keys("t");
        assertThat(h.text()).contains("Statistics · ana");
        h.keys("<esc>", "p", "n");
        h.type("Zoë");
        h.keys("<enter>");
        assertThat(learner.switches).containsExactly("ana", "Zoë");
        assertThat(h.text()).contains("Profile       Zoë");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80,24", "40,12"})
    void goldens(int columns, int rows) {
        String size = columns + "x" + rows;
        Harness h = new Harness(HOME, columns, rows);
        h.loop.withLearner(new LearnerFixtures.FakeLearner());
        Golden.check("home-profile-" + size, h.text());
        h.keys("p");
        Golden.check("profiles-" + size, h.text());
        h.keys("n");
        h.type("Zoë");
        Golden.check("profiles-new-" + size, h.text());
        h.keys("<c-u>", "<enter>");
        assertThat(h.text()).contains("A profile name is 1 to 40");
    }
}
