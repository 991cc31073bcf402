package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.thidua.award.checks.Finding;
import vn.thidua.award.checks.Finding.Outcome;
import vn.thidua.award.checks.FindingMessages;
import vn.thidua.award.checks.FindingMessages.Part;

/** A rule finding's code and arguments, parts of sentences included, are stored and read back as they were. */
class StoredFindingTest {

    @Test
    void aFindingWithPartsOfSentencesIsStoredAsCodesAndReadBackRenderingTheSameWords() {
        Part judged = Part.of("threshold.met", "Đóng góp", "dong.gop.VND", "120.000.000", " đồng", "≥", "100.000.000",
                Part.of("source.declared"));
        Part both = Part.of("join.ALL", judged, Part.of("judgement", "Gương mẫu"));
        Finding finding = Finding.coded("THRESHOLD", Outcome.NEEDS_JUDGEMENT, "rule.NEEDS_JUDGEMENT", "Luật 06/2022",
                Map.of("match", "ALL"), "Tập thể đóng góp", both);

        assertThat(finding.message().get("vi")).isEqualTo("Cần thẩm định tiêu chuẩn \"Tập thể đóng góp\": Đóng góp: "
                + "dong.gop.VND = 120.000.000 đồng — đạt (ngưỡng ≥ 100.000.000; kê khai trong hồ sơ) và Gương mẫu — do "
                + "hội đồng, người thẩm định đánh giá.");
        assertThat(finding.message().get("en")).contains("— met (threshold ≥ 100.000.000; declared in the dossier) "
                + "and Gương mẫu — for the reviewer to judge");

        Document stored = new StoreConversions.FindingWriter().convert(finding);
        assertThat(stored.getList("args", Object.class).get(1)).isInstanceOf(Document.class);
        Finding read = new StoreConversions.FindingReader().convert(stored);

        assertThat(read.code()).isEqualTo("rule.NEEDS_JUDGEMENT");
        assertThat(read.args()).isEqualTo(finding.args());
        assertThat(FindingMessages.render(read.code(), read.args())).isEqualTo(finding.message());
        assertThat(read.args().get(1)).isEqualTo(new Part("join.ALL", List.of(judged, Part.of("judgement",
                "Gương mẫu"))));
    }
}
