package newsquiz.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StudentNameTest {

    @Test
    void slugsAreSafeFileNameParts() {
        assertThat(StudentName.slug("Zoë O'Brien")).isEqualTo("zoe-o-brien");
        assertThat(StudentName.slug("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(StudentName.slug("Ümid Əliyev")).isEqualTo("umid-aliyev");
        assertThat(StudentName.slug("李雷")).isEqualTo("student");
    }

    @Test
    void emptyLongAndControlNamesAreRefused() {
        assertThat(StudentName.problem("Ann")).isNull();
        assertThat(StudentName.problem("  ")).contains("empty");
        assertThat(StudentName.problem("x".repeat(65))).contains("longer than 64");
        assertThat(StudentName.problem("a\u001b[2Jb")).contains("control characters");
    }
}
