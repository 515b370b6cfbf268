package newsquiz.cli;

import newsquiz.progress.ProgressStore;

/** A profile name from the command line, checked by the store's rule: a bad one is the user's mistake. */
final class ProfileOption {

    private ProfileOption() {
    }

    /** {@code name}, or the default profile when it is null; a bad name is a one-line {@link UserError}. */
    static String checked(String name) {
        String p = name == null ? ProgressStore.DEFAULT_PROFILE : name;
        try {
            ProgressStore.validateProfile(p);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        return p;
    }
}
