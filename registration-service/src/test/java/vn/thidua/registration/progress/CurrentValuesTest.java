package vn.thidua.registration.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurrentValuesTest {

    static ProgressRecord result(String id, String indicator, String value, String measuredOn, String recordedAt) {
        return new ProgressRecord(id, "12", List.of("12", "03390"), "03390", "x", null, null, indicator,
                new BigDecimal(value), "FLAG", measuredOn, null, List.of(), 0L, "u", Instant.parse(recordedAt),
                Instant.parse(recordedAt), 0, null, "u", "03390", Instant.parse(recordedAt), null, List.of());
    }

    @Test
    void theLatestValueMeasuredOnOrBeforeTheDayPerIndicator() {
        var results = List.of(
                result("a", "NTM_STANDARD_MET", "0", "2023-12-01", "2023-12-02T00:00:00Z"),
                result("b", "NTM_STANDARD_MET", "1", "2024-11-30", "2024-12-01T00:00:00Z"),
                result("c", "NTM_STANDARD_MET", "0", "2025-03-01", "2025-03-02T00:00:00Z"),
                result("d", "NTM_CRITERIA_MET", "19", "2024-11-30", "2024-12-01T00:00:00Z"));
        var current = CurrentValues.of("03390", LocalDate.of(2025, 1, 20), results);
        assertThat(current.indicators()).extracting(CurrentValues.IndicatorValue::indicator,
                CurrentValues.IndicatorValue::progressId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NTM_CRITERIA_MET", "d"),
                        org.assertj.core.groups.Tuple.tuple("NTM_STANDARD_MET", "b"));
        assertThat(CurrentValues.of("03390", LocalDate.of(2023, 1, 1), results).indicators()).isEmpty();
    }

    @Test
    void ofTwoResultsOnOneDayTheOneRecordedLastCounts() {
        var results = List.of(
                result("first", "NTM_CRITERIA_MET", "18", "2024-11-30", "2024-12-01T00:00:00Z"),
                result("correction", "NTM_CRITERIA_MET", "19", "2024-11-30", "2024-12-05T00:00:00Z"));
        assertThat(CurrentValues.of("03390", LocalDate.of(2025, 1, 1), results).indicators().getFirst().progressId())
                .isEqualTo("correction");
    }

    @Test
    void numbersAreWrittenPlainly() {
        assertThat(ProgressRules.normalized(new BigDecimal("19.000")).toString()).isEqualTo("19");
        assertThat(ProgressRules.normalized(new BigDecimal("100")).toString()).isEqualTo("100");
        assertThat(ProgressRules.normalized(new BigDecimal("1.50")).toString()).isEqualTo("1.5");
    }

    @Test
    void aFlagIsOneOrZeroAndNothingIsMeasuredInTheFuture() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        var flag = new ProgressRequest("03390", null, null, "NTM_STANDARD_MET", new BigDecimal("2"), "FLAG",
                LocalDate.of(2026, 11, 24), null);
        assertThat(ProgressRules.check(flag, today)).extracting(v -> v.field()).containsExactly("measuredOn", "value");
    }

    @Test
    void evidenceMustBeWhatItSaysItIs() {
        byte[] pdf = "%PDF-1.7 ...".getBytes();
        assertThat(EvidenceTypes.refuse("application/pdf", pdf)).isEmpty();
        assertThat(EvidenceTypes.refuse("image/png", pdf)).contains("content-mismatch");
        assertThat(EvidenceTypes.refuse("application/x-msdownload", pdf)).contains("content-type-not-allowed");
        assertThat(EvidenceTypes.refuse(EvidenceTypes.XLSX, new byte[] {'P', 'K', 3, 4, 0})).isEmpty();
    }
}
