package vn.thidua.campaign.awards;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.campaign.criteria.Condition;
import vn.thidua.campaign.criteria.NomineeType;

/**
 * A rule on an award form on offer. Every rule carries its legal basis and validity dates, because rules change with
 * the law (NĐ 98/2023 → NĐ 152/2025 on 1 July 2025). Fields needed per kind are checked by {@link AwardRules}.
 *
 * @param per                        QUOTA / ANNUAL_BEST: counted per this scope
 * @param maxCount                   QUOTA / ANNUAL_BEST: at most this many per scope (per year for ANNUAL_BEST)
 * @param split                      QUOTA: shares by proposing level, summing to maxCount
 * @param rankBy                     ANNUAL_BEST: the indicator ranking candidates
 * @param conditions                 THRESHOLD / ONCE_PER_NOMINEE: what the nominee must meet
 * @param conditionsMatch            ANY (một trong các tiêu chuẩn) or ALL
 * @param baseSalaryMultiple         PRIZE_MONEY: × mức lương cơ sở (0.3 for a commune chairman's Giấy khen)
 * @param householdMultipleOfIndividual PRIZE_MONEY: households get this × the individual amount (1.5)
 * @param period                     QUOTA / ANNUAL_BEST: what the count runs over (null: CAMPAIGN, the old meaning)
 * @param onceScope                  ONCE_PER_NOMINEE: once in this campaign (null: CAMPAIGN, "mỗi xã chỉ được tặng
 *                                   Cờ một lần trong phong trào") or once for life where the law says so
 */
public record AwardRule(
        @NotNull RuleKind kind,
        @Size(max = 2000) String description,
        NomineeType nomineeType,
        @Size(max = 64) String nomineeUnitType,
        @Size(max = 4) List<Occasion> occasions,
        @Valid QuotaScope per,
        @Min(0) Integer maxCount,
        @Size(max = 10) List<@Valid @NotNull QuotaShare> split,
        @Size(max = 100) String rankBy,
        @Size(max = 20) List<@Valid @NotNull Condition> conditions,
        Match conditionsMatch,
        Double baseSalaryMultiple,
        Double householdMultipleOfIndividual,
        @NotBlank @Size(max = 100) String legalBasis,
        @NotNull LocalDate validFrom,
        LocalDate validTo,
        Period period,
        OnceScope onceScope) {

    public enum Match { ANY, ALL }

    /**
     * What a quota or an annual-best count runs over: the dossier's year (mỗi năm), the whole plan (cả giai đoạn), or
     * the dossier's occasion in its year (mỗi đợt: sơ kết, tổng kết).
     */
    public enum Period { YEAR, CAMPAIGN, OCCASION }

    /** Where "once" holds: within this campaign, or over the nominee's life (the rule's legal basis says so). */
    public enum OnceScope { CAMPAIGN, LIFETIME }

    /** Whether the rule is in force on a day (a dossier keeps the rule version in force when it was received). */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
