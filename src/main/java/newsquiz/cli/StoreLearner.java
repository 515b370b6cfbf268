package newsquiz.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import newsquiz.progress.ProgressStore;
import newsquiz.progress.stats.Statistics;
import newsquiz.progress.stats.StatsReport;
import newsquiz.tui.Learner;

/**
 * The full-screen UI's view of the progress store. Days in the statistics are the learner's
 * (the system time zone), as in {@code newsquiz stats}, even though the UI's clock is UTC.
 */
final class StoreLearner implements Learner {

    private final ProgressStore store;
    private final Supplier<ZoneId> zone;

    StoreLearner(ProgressStore store, ZoneId zone) {
        this(store, () -> zone);
    }

    /** With the zone looked up when the statistics first need it (see {@link StoreStudyDesk}). */
    StoreLearner(ProgressStore store, Supplier<ZoneId> zone) {
        this.store = store;
        this.zone = zone;
    }

    @Override
    public String profile() {
        return store.profile();
    }

    @Override
    public List<String> profiles() {
        return store.profiles();
    }

    @Override
    public void switchProfile(String name) {
        store.switchProfile(name);
    }

    @Override
    public StatsReport stats(Instant now) {
        return Statistics.of(store, now, zone.get());
    }
}
