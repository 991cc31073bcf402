package vn.thidua.award.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.thidua.award.checks.Finding;
import vn.thidua.award.checks.FindingMessages;

/** Findings are words from the bundles, by code and arguments, in Vietnamese and English alike. */
class FindingMessagesTest {

    static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FindingMessagesTest.class.getResourceAsStream("/" + name)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return properties;
    }

    @Test
    void everyFindingCodeHasItsWordsInBothLanguages() throws IOException {
        for (String name : List.of("finding-messages", "rule-finding-messages")) {
            Properties en = bundle(name + ".properties");
            Properties vi = bundle(name + "_vi.properties");
            assertThat(vi.stringPropertyNames()).as(name).isEqualTo(en.stringPropertyNames());
        }
        assertThat(bundle("finding-messages.properties")).isNotEmpty();
    }

    @Test
    void aLateHandOverIsExplainedFromItsCodeAndArguments() {
        RouteStop.Deadline deadline = new RouteStop.Deadline(2, "Huyện trình tỉnh", LocalDate.of(2025, 1, 15), "FLAG");

        Finding late = FlowFindings.deadline(deadline, LocalDate.of(2025, 1, 16));

        assertThat(late.code()).isEqualTo("deadline.late-flagged");
        assertThat(late.args()).containsExactly("2", "2025-01-15", "Huyện trình tỉnh");
        assertThat(late.message().get("vi")).isEqualTo(
                "Trễ hạn bước 2 \"Huyện trình tỉnh\" (hạn 2025-01-15): hồ sơ được nhận và đánh dấu trễ hạn.");
        assertThat(late.message().get("en")).isEqualTo(
                "Late for step 2 \"Huyện trình tỉnh\" (deadline 2025-01-15): accepted and flagged late.");
        assertThat(late.numbers()).containsOnlyKeys("step", "deadline", "on");
    }

    @Test
    void anUnknownCodeNeverFailsACheck() {
        assertThat(FindingMessages.render("no.such.code", List.of("x"), "vi")).isEqualTo("no.such.code [x]");
    }

    @Test
    void theCouncilsResultIsExplainedFromItsCode() {
        CouncilResult result = new CouncilRule(0.6667, 0.5).read(15, 12, 9, 2, 1, true, LocalDate.of(2025, 2, 1),
                null);
        assertThat(result.code()).isEqualTo("council.passed");
        assertThat(result.explanation().get("vi")).startsWith("Có mặt 12/15 thành viên").contains("(bỏ phiếu kín)");
        assertThat(result.explanation().get("en")).contains("(secret ballot)").endsWith("passed.");
    }
}
