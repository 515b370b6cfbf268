package newsquiz.tui;

import java.util.ArrayList;
import java.util.List;

/** The result of an update: the next screen model and the effects to run before drawing it. */
public record Update(ScreenModel model, List<Effect> effects) {

    public Update {
        effects = List.copyOf(effects);
    }

    public static Update of(ScreenModel model, Effect... effects) {
        return new Update(model, List.of(effects));
    }

    public Update plus(Effect e) {
        List<Effect> all = new ArrayList<>(effects);
        all.add(e);
        return new Update(model, all);
    }

    public boolean exits() {
        return effects.stream().anyMatch(e -> e instanceof Effect.Exit);
    }
}
