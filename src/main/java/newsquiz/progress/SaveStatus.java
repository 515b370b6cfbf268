package newsquiz.progress;

/**
 * Whether answers are being saved, and if not, why, in words the UI can show as they are.
 */
public record SaveStatus(State state, String message) {

    public enum State {
        SAVING,
        /** Another newsquiz has the progress file open. */
        LOCKED,
        /** The data folder or file cannot be written (read-only, permissions). */
        READ_ONLY,
        /**
         * A write failed during the session (disk full, I/O error); what was saved before is intact,
         * and the store tries again at the next change, saving the ones that failed too.
         */
        WRITE_FAILED,
        /** The progress file is from a newer newsquiz; it is left untouched. */
        NEWER_VERSION,
        /** The progress file exists but could not be read (an I/O error, not bad content). */
        UNREADABLE
    }

    public static final SaveStatus SAVING = new SaveStatus(State.SAVING, "progress is being saved");

    public boolean saving() {
        return state == State.SAVING;
    }
}
