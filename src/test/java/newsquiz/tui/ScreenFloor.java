package newsquiz.tui;

import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.nio.charset.StandardCharsets;

/**
 * The least a full-screen Lanterna program does before its first frame: open the terminal, start
 * a screen, put one line, refresh. {@code scripts/bench-screen-floor.sh} times it in tmux beside a
 * bare JVM and {@code newsquiz play}, to show how much of newsquiz's start-up any Lanterna program
 * pays. Argument "stock": Lanterna's own terminal set-up; "ours": newsquiz's (one stty process,
 * batched output, opened on a second thread as the quiz does). A second argument "exit" leaves at
 * once, for the run that records the classes for the class-data archive.
 */
public final class ScreenFloor {

    private ScreenFloor() {
    }

    public static void main(String[] args) throws Exception {
        Screen screen;
        if (args.length > 0 && args[0].equals("stock")) {
            DefaultTerminalFactory factory = new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8);
            factory.setForceTextTerminal(true);
            factory.setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP);
            screen = new TerminalScreen(factory.createTerminal());
        } else {
            screen = TerminalOpening.start().screen();
        }
        screen.startScreen();
        screen.newTextGraphics().putString(0, 0, "Q 1/1 floor");
        screen.refresh();
        if (!(args.length > 1 && args[1].equals("exit"))) { // "exit": a training run for the class list
            Thread.sleep(60_000); // the benchmark kills it once the line is seen
        }
        screen.stopScreen();
    }
}
