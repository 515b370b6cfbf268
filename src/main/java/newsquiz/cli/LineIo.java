package newsquiz.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import newsquiz.text.TerminalLocale;

/**
 * Line mode's input and output: standard input and output by default (UTF-8 when the terminal's
 * locale is), replaced by readers and writers in tests.
 *
 * @param echo repeat typed lines (piped input shows no echo of its own)
 */
record LineIo(BufferedReader in, PrintWriter out, boolean utf8, boolean echo) {

    static LineIo system() {
        boolean utf8 = TerminalLocale.isUtf8(System.getenv());
        return new LineIo(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                new PrintWriter(new OutputStreamWriter(System.out, utf8 ? StandardCharsets.UTF_8 : StandardCharsets.US_ASCII),
                        true),
                utf8, System.console() == null);
    }
}
