package newsquiz.tui;

import java.util.List;

/**
 * The profile picker: the profiles in the progress file and "new profile...", or a name being typed.
 *
 * @param row     the highlighted row: a profile, or {@code profiles.size()} for "new profile..."
 * @param name    the new profile's name being typed, or null while choosing from the list
 * @param message why a typed name was refused, or null
 * @param home    the home screen to go back to
 */
public record ProfileModel(List<String> profiles, String current, int row, LineEditor name, String message,
                           HomeModel home) implements ScreenModel {

    public ProfileModel {
        profiles = List.copyOf(profiles);
    }

    /** The picker with the current profile highlighted. */
    public static ProfileModel of(List<String> profiles, String current, HomeModel home) {
        return new ProfileModel(profiles, current, Math.max(0, profiles.indexOf(current)), null, null, home);
    }

    boolean typing() {
        return name != null;
    }

    ProfileModel at(int newRow) {
        return new ProfileModel(profiles, current, newRow, null, null, home);
    }

    ProfileModel typing(LineEditor editor, String why) {
        return new ProfileModel(profiles, current, profiles.size(), editor, why, home);
    }
}
