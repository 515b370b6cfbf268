package newsquiz.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import newsquiz.progress.fsrs.CardState;
import newsquiz.progress.fsrs.Rating;
import org.junit.jupiter.api.Test;

class ProgressJsonTest {

    static final Instant SAVED = Instant.parse("2025-03-10T09:00:00Z");

    @Test
    void lazyAndFullReadsGiveTheSameDataAndRewriteIdentically() throws Exception {
        ProgressData data = BenchData.generate(1000, 7);
        byte[] bytes = ProgressJson.toBytes(data, SAVED);
        ProgressData lazy = ProgressJson.read(bytes, true).data();
        ProgressData full = ProgressJson.read(bytes, false).data();
        BankRecords first = lazy.profiles.get("default").banks.values().iterator().next();
        assertThat(first.isDecoded()).isFalse();
        // written back without being decoded: byte for byte the same
        assertThat(ProgressJson.toBytes(lazy, SAVED)).isEqualTo(bytes);
        assertThat(snapshotOf(lazy)).isEqualTo(snapshotOf(full)).isEqualTo(snapshotOf(data));
        assertThat(first.isDecoded()).isTrue();
        assertThat(ProgressJson.toBytes(lazy, SAVED)).isEqualTo(bytes);
    }

    private static Map<String, ?> snapshotOf(ProgressData d) {
        return d.profiles.get("default").snapshot().banks();
    }

    @Test
    void handEditedFileIsReadFullyDespiteTheChecksum() throws Exception {
        ProgressData data = BenchData.generate(300, 3);
        String text = new String(ProgressJson.toBytes(data, SAVED), StandardCharsets.UTF_8);
        String edited = text.replaceFirst("\"attempts\":\\d+", "\"attempts\":99");
        ProgressData read = ProgressJson.read(edited.getBytes(StandardCharsets.UTF_8)).data();
        BankRecords bank = read.profiles.get("default").banks.get("bank-0");
        assertThat(bank.isDecoded()).isTrue();
        assertThat(bank.get("q0").attempts()).isEqualTo(99);
    }

    @Test
    void damageIsReportedWithItsPlace() {
        byte[] bytes = ProgressJson.toBytes(BenchData.generate(50, 1), SAVED);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ProgressJson.read(text.substring(0, text.length() - 40).getBytes()))
                .isInstanceOf(ProgressFormatException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> ProgressJson.read(text.replace("\"state\":\"review\"", "\"state\":\"dormant\"")
                .getBytes())).hasMessageContaining("'state' should be new, learning, review or relearning")
                .hasMessageContaining("at line 12, column");
        assertThatThrownBy(() -> ProgressJson.read("[]".getBytes())).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> ProgressJson.read("{\"profiles\":{}}".getBytes()))
                .hasMessageContaining("no schemaVersion");
        assertThatThrownBy(() -> ProgressJson.read(new byte[0])).isInstanceOf(ProgressFormatException.class);
        assertThatThrownBy(() -> ProgressJson.read("{\"schemaVersion\": 2}".getBytes()))
                .satisfies(e -> assertThat(((ProgressFormatException) e).kind())
                        .isEqualTo(ProgressFormatException.Kind.NEWER_VERSION));
    }

    @Test
    void logLinesAndInstantsRoundTrip() {
        ReviewEntry e = new ReviewEntry(Instant.parse("2025-01-12T19:59:00.250Z"), Rating.HARD, CardState.RELEARNING, 4210);
        assertThat(ProgressJson.logLine(e)).isEqualTo("2025-01-12T19:59:00.250Z hard relearning 4210");
        assertThat(ProgressJson.parseLogLine(ProgressJson.logLine(e))).isEqualTo(e);
        assertThat(ProgressJson.parseLogLine("2025-01-12T19:59:00Z meh new 1")).isNull();
        assertThat(ProgressJson.parseLogLine("2025-13-12T19:59:00Z good new 1")).isNull();
        for (String s : new String[] {"1970-01-01T00:00:00Z", "2024-02-29T23:59:59.999Z", "9999-12-31T23:59:59Z"}) {
            assertThat(Instants.format(Instants.parse(s))).isEqualTo(s);
            assertThat(Instants.parse(s)).isEqualTo(Instant.parse(s));
        }
        assertThat(Instants.parse("2025-01-12T19:59:00.123456Z")).isEqualTo(Instant.parse("2025-01-12T19:59:00.123456Z"));
    }

    @Test
    void journalLinesRoundTrip() throws Exception {
        ProgressData data = BenchData.generate(3, 5);
        QuestionRecord r = data.profiles.get("default").get("bank-0", "q1");
        JournalEntry.Restore restore = new JournalEntry.Restore(9, "default", "bank-0", "q1", r);
        assertThat(ProgressJson.readEntry(new String(ProgressJson.entryLine(restore), StandardCharsets.UTF_8).trim()))
                .isEqualTo(restore);
        JournalEntry.Answer a = new JournalEntry.Answer(10, "ana", SAVED, "b", "q", "abc", java.util.List.of("t"),
                "Baku \"quoted\"\nline", 0.5, false, true, 1234, Rating.HARD, r.card());
        byte[] line = ProgressJson.entryLine(a);
        assertThat(new String(line, StandardCharsets.UTF_8).indexOf('\n')).isEqualTo(line.length - 1);
        assertThat(ProgressJson.readEntry(new String(line, StandardCharsets.UTF_8))).isEqualTo(a);
        JournalEntry.Session s = new JournalEntry.Session(11, "ana", new SessionRecord(SAVED, "b", "exam", 3, 4, 5));
        assertThat(ProgressJson.readEntry(new String(ProgressJson.entryLine(s), StandardCharsets.UTF_8))).isEqualTo(s);
        assertThatThrownBy(() -> ProgressJson.readEntry("{\"seq\":1,\"op\":\"answer\",\"profile\":\"x\"}"))
                .hasMessageContaining("lacks");
    }
}
