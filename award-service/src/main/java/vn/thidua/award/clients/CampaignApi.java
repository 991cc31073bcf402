package vn.thidua.award.clients;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * What award-service reads from campaign-service, relaying the caller's token (a campaign the caller may not see is
 * 404). Consumer-side records with only the fields dossiers need; campaign-service's own types are never shared.
 * They are also what a dossier keeps as its rule snapshot, so the dossier is decided with the rules it was
 * received under even when the plan changes later.
 */
@HttpExchange("/api/v1")
public interface CampaignApi {

    /** The campaign with its ETag (the version the dossier records as its rule version). */
    @GetExchange("/campaigns/{id}")
    ResponseEntity<CampaignRecord> campaign(@PathVariable String id);

    /** One entry of the award catalogue (id = code). */
    @GetExchange("/award-catalogue/{code}")
    CatalogueEntry catalogueEntry(@PathVariable String code);

    /** A campaign (phong trào) as dossiers see it. */
    /**
     * A campaign as campaign-service shows it (the fields award-service reads). {@code level}: who issues the plan
     * (NATIONAL, PROVINCE, AGENCY_INTERNAL, DISTRICT, COMMUNE); {@code ownerUnitCode}: the unit that issues it
     * (the agency of an agency-internal plan).
     */
    record CampaignRecord(String id, String code, String name, String status, String tenant, Integer startYear,
            Integer endYear, String standingAgencyCode, List<Category> categories, List<Offer> offers,
            Calendar calendar, Long version, List<Target> targets, String level, String ownerUnitCode) {

        /** An agency's own plan (kế hoạch thi đua nội bộ của cơ quan). */
        public static final String AGENCY_INTERNAL = "AGENCY_INTERNAL";

        public List<Target> targetList() {
            return targets == null ? List.of() : targets;
        }

        public List<Category> categoryList() {
            return categories == null ? List.of() : categories;
        }

        public List<Offer> offerList() {
            return offers == null ? List.of() : offers;
        }

        /** The DOSSIER chain's steps (empty when the plan has none). */
        public List<Step> dossierSteps() {
            if (calendar == null || calendar.chains() == null) {
                return List.of();
            }
            return calendar.chains().stream().filter(c -> "DOSSIER".equals(c.kind()) && c.steps() != null)
                    .flatMap(c -> c.steps().stream()).toList();
        }
    }

    /**
     * Chỉ tiêu: what a unit's registered commitments refer to by code.
     *
     * @param progress how progress is judged; its comparison (AT_LEAST when not given) also says whether a
     *                 commitment is met by reaching its number or by staying under it
     */
    record Target(String code, String indicator, String description, String unitOfMeasure, Double targetValue,
            TargetProgress progress) {

        public String comparison() {
            return progress == null || progress.comparison() == null ? "AT_LEAST" : progress.comparison();
        }
    }

    record TargetProgress(String method, String comparison) {
    }

    /** Đối tượng thi đua and its criteria. */
    record Category(String code, String name, String nomineeType, String unitType, List<Criterion> criteria) {
    }

    /** Tiêu chí: the plan's words and the typed condition. */
    record Criterion(String code, String text, Condition condition) {
    }

    /**
     * STATUS_FLAG {flag} | NUMERIC_THRESHOLD {indicator, comparison, value, unit} | RATE_SUSTAINED {indicator,
     * comparison, value, consecutiveYears, referenceYear: "so với năm Y", optional} | JUDGEMENT.
     */
    record Condition(String kind, String flag, String indicator, String comparison, Double value, String unit,
            Integer consecutiveYears, String text, Integer referenceYear) {

        /** A condition without a reference year (as written before plans could state one). */
        public Condition(String kind, String flag, String indicator, String comparison, Double value, String unit,
                Integer consecutiveYears, String text) {
            this(kind, flag, indicator, comparison, value, unit, consecutiveYears, text, null);
        }
    }

    /** Hình thức khen thưởng on offer and its rules. */
    record Offer(String formCode, List<String> categoryCodes, List<String> occasions, String note, List<Rule> rules) {

        public List<Rule> ruleList() {
            return rules == null ? List.of() : rules;
        }
    }

    /**
     * A rule on an offer (ONCE_PER_NOMINEE, ANNUAL_BEST, THRESHOLD, QUOTA, PRIZE_MONEY) with its legal basis.
     *
     * @param period    QUOTA / ANNUAL_BEST: what the count runs over: YEAR (the dossier's year), CAMPAIGN (the whole
     *                  plan; null means CAMPAIGN for a quota, YEAR for the annual best), OCCASION (one đợt: the
     *                  dossier's occasion in its year)
     * @param onceScope ONCE_PER_NOMINEE: CAMPAIGN (null: once in this campaign) or LIFETIME (once ever)
     */
    record Rule(String kind, String description, String nomineeType, String nomineeUnitType, List<String> occasions,
            QuotaScope per, Integer maxCount, List<QuotaShare> split, String rankBy, List<Condition> conditions,
            String conditionsMatch, Double baseSalaryMultiple, Double householdMultipleOfIndividual,
            String legalBasis, LocalDate validFrom, LocalDate validTo, String period, String onceScope) {

        /** A rule as written before plans could state a period or a once-only scope. */
        public Rule(String kind, String description, String nomineeType, String nomineeUnitType,
                List<String> occasions, QuotaScope per, Integer maxCount, List<QuotaShare> split, String rankBy,
                List<Condition> conditions, String conditionsMatch, Double baseSalaryMultiple,
                Double householdMultipleOfIndividual, String legalBasis, LocalDate validFrom, LocalDate validTo) {
            this(kind, description, nomineeType, nomineeUnitType, occasions, per, maxCount, split, rankBy,
                    conditions, conditionsMatch, baseSalaryMultiple, householdMultipleOfIndividual, legalBasis,
                    validFrom, validTo, null, null);
        }

        public boolean inForceOn(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
        }
    }

    record QuotaScope(String unitType, String unitCode, List<String> statusAnyOf) {
    }

    record QuotaShare(String proposedAtLevel, Integer count) {
    }

    record Calendar(List<Chain> chains) {
    }

    record Chain(String kind, List<Step> steps) {
    }

    /** One step of the DOSSIER chain as campaign-service publishes it. */
    record Step(Integer order, String name, List<RouteEnd> from, RouteEnd to, RouteEnd via, DayMonth deadline,
            Integer yearOffset, String lateSubmission, LocalDate validFrom, LocalDate validTo) {

        public LocalDate deadlineFor(int year) {
            return deadline.inYear(year + (yearOffset == null ? 0 : yearOffset));
        }

        public boolean inForceOn(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /** A level (COMMUNE, DISTRICT, PROVINCE, DEPARTMENT …) or one named unit, with the receiving office. */
    record RouteEnd(String level, String unitCode, String office) {

        public boolean defined() {
            return level != null || unitCode != null;
        }
    }

    record DayMonth(Integer day, Integer month) {

        public LocalDate inYear(int year) {
            int last = java.time.Month.of(month).length(Year.isLeap(year));
            return LocalDate.of(year, month, Math.min(day, last));
        }
    }

    /**
     * An award catalogue entry: its level is the basis of competence (xã decides COMMUNE forms, huyện DISTRICT
     * forms until 30/6/2025, tỉnh MINISTRY_OR_PROVINCE; STATE forms go on to the national level).
     */
    record CatalogueEntry(String code, String name, String kind, String level, List<String> decidedBy,
            LocalDate validTo) {
    }
}
