package newsquiz.tui;

import newsquiz.progress.stats.StatsReport;

/**
 * The statistics screen: the report computed when it opened (as {@code newsquiz stats} computes it)
 * and the screen to go back to.
 *
 * @param back   the home screen or the results it was opened from
 * @param scroll first body line shown
 */
public record StatsModel(StatsReport report, ScreenModel back, int scroll, Overlay overlay) implements ScreenModel {

    public static StatsModel of(StatsReport report, ScreenModel back) {
        return new StatsModel(report, back, 0, Overlay.NONE);
    }

    StatsModel with(int newScroll, Overlay newOverlay) {
        return new StatsModel(report, back, newScroll, newOverlay);
    }
}
