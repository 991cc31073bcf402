package vn.thidua.campaign.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.campaign.criteria.NomineeType;

/** "Mỗi huyện đạt chuẩn nông thôn mới 20 cá nhân (cấp tỉnh 05 cá nhân, cấp huyện 15 cá nhân)". */
class QuotaSplitTest {

    static AwardRule quota(int max, List<QuotaShare> split) {
        return new AwardRule(RuleKind.QUOTA, null, NomineeType.INDIVIDUAL, null, null,
                new QuotaScope("DISTRICT", null, List.of("NTM_STANDARD_MET")), max, split, null, null, null, null,
                null, "06/2022/QH15", LocalDate.of(2022, 1, 1), null, null, null);
    }

    static final QuotaSplit DISTRICT_20 = QuotaSplit.of(
            quota(20, List.of(new QuotaShare("PROVINCE", 5), new QuotaShare("DISTRICT", 15))));

    @Test
    void theProvinceProposesAtMost5AndTheDistrict15() {
        assertThat(DISTRICT_20.sumsToTotal()).isTrue();
        assertThat(DISTRICT_20.remaining("PROVINCE", 0, 0)).isEqualTo(5);
        assertThat(DISTRICT_20.remaining("DISTRICT", 0, 0)).isEqualTo(15);
        assertThat(DISTRICT_20.remaining("PROVINCE", 5, 5)).isZero();
        assertThat(DISTRICT_20.remaining("DISTRICT", 14, 19)).isEqualTo(1);
        assertThat(DISTRICT_20.remaining("COMMUNE", 0, 0)).isZero();
    }

    @Test
    void withoutASplit5PerCommuneMayComeFromAnyLevel() {
        QuotaSplit commune5 = QuotaSplit.of(quota(5, null));
        assertThat(commune5.sumsToTotal()).isTrue();
        assertThat(commune5.remaining("DISTRICT", 0, 3)).isEqualTo(2);
        assertThat(commune5.remaining("PROVINCE", 0, 5)).isZero();
    }

    @Test
    void sharesThatDoNotAddUpAreCaught() {
        assertThat(QuotaSplit.of(quota(20, List.of(new QuotaShare("PROVINCE", 5), new QuotaShare("DISTRICT", 10))))
                .sumsToTotal()).isFalse();
    }

    @Test
    void aRuleIsInForceBetweenItsDates() {
        var prize = new AwardRule(RuleKind.PRIZE_MONEY, null, null, null, null, null, null, null, null, null, null,
                0.3, 1.5, "152/2025/NĐ-CP", LocalDate.of(2025, 7, 1), null, null, null);
        assertThat(prize.inForceOn(LocalDate.of(2025, 6, 30))).isFalse();
        assertThat(prize.inForceOn(LocalDate.of(2025, 7, 1))).isTrue();
        assertThat(AwardRules.check(prize, "r", java.util.Set.of())).isEmpty();
    }
}
