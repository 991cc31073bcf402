package vn.thidua.award.checks;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.thidua.award.checks.Finding.Outcome;
import vn.thidua.award.clients.CampaignApi.Category;
import vn.thidua.award.clients.CampaignApi.Condition;
import vn.thidua.award.clients.CampaignApi.Criterion;
import vn.thidua.award.clients.CampaignApi.QuotaShare;
import vn.thidua.award.clients.CampaignApi.Rule;

/**
 * The rule checks of a dossier against its rule snapshot (kiểm tra điều kiện, tiêu chuẩn khen thưởng), as plain
 * Java: eligibility by category, criteria decidable from data, once-only, one achievement one award, thresholds,
 * quotas and the annual best. What needs a counter or a claim (quota, once-only, achievement) is returned as a
 * demand: the service settles it atomically in the store and turns the outcome into a finding with
 * {@link #quotaFinding} / {@link #claimFinding}.
 */
public final class RuleChecks {

    private RuleChecks() {
    }

    /** A current value of an indicator for a unit, with the day it was measured. */
    public record Fact(double value, LocalDate measuredOn) {
    }

    /** Current indicator values by unit (registration-service progress). */
    public interface Facts {
        Optional<Fact> value(String unitCode, String indicator);
    }

    /**
     * What is checked about a dossier.
     *
     * @param nomineeType  INDIVIDUAL, COLLECTIVE or HOUSEHOLD (a unit nominee is a collective)
     * @param nomineeKeys  the nominee's key under each of its equivalent codes (first = its own)
     * @param figures      figures the dossier declares (CONTRIBUTION_VND …), used when the registry has none
     * @param unitPath     the proposing unit's path (province first) with the level of each code
     */
    public record Subject(String campaignId, String tenant, String formCode, String nomineeType,
            List<String> nomineeKeys, String nomineeUnitCode, String occasion, Map<String, Double> figures,
            String achievementKey, String proposingUnitCode, String proposingLevel, List<String> unitPath,
            Map<String, String> pathLevels) {
    }

    public record Evaluation(List<Finding> findings, List<QuotaDemand> quotas, List<ClaimDemand> claims) {
    }

    public static Evaluation evaluate(RuleSnapshot snapshot, Subject subject, Facts facts) {
        List<Finding> findings = new ArrayList<>();
        List<QuotaDemand> quotas = new ArrayList<>();
        List<ClaimDemand> claims = new ArrayList<>();
        Category category = snapshot.category();
        findings.add(eligibility(snapshot, subject));
        if (category != null && category.criteria() != null) {
            for (Criterion criterion : category.criteria()) {
                findings.add(criterion(criterion, subject, facts));
            }
        }
        List<Rule> rules = snapshot.offer() == null ? List.of() : snapshot.offer().ruleList();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (!applies(rule, subject, category)) {
                continue;
            }
            switch (rule.kind()) {
                case "ONCE_PER_NOMINEE" -> {
                    if (rule.conditions() != null && !rule.conditions().isEmpty()) {
                        findings.add(conditions("ONCE_PER_NOMINEE", rule, subject, facts));
                    }
                    if (subject.nomineeKeys().isEmpty()) {
                        findings.add(Finding.of("ONCE_PER_NOMINEE", Outcome.FAIL,
                                "Thiếu số định danh hoặc mã đơn vị của đối tượng nên không kiểm tra được quy định "
                                        + "\"" + rule.description() + "\".",
                                "The nominee has no personal id or unit code, so \"" + rule.description()
                                        + "\" cannot be checked.", rule.legalBasis(), Map.of()));
                    } else {
                        List<String> keys = subject.nomineeKeys().stream()
                                .map(k -> "ONCE|" + subject.formCode() + "|" + k).toList();
                        claims.add(new ClaimDemand(keys.getFirst(), "ONCE_PER_NOMINEE", rule.description(),
                                rule.legalBasis(), keys.subList(1, keys.size())));
                    }
                }
                case "THRESHOLD" -> findings.add(conditions("THRESHOLD", rule, subject, facts));
                case "QUOTA" -> quota(i, rule, snapshot, subject, facts, findings, quotas);
                case "ANNUAL_BEST" -> findings.add(Finding.of("ANNUAL_BEST", Outcome.NEEDS_JUDGEMENT,
                        "Hội đồng xét chọn: " + rule.description() + " (tối đa " + rule.maxCount() + ").",
                        "For reviewers to rank: " + rule.description() + " (at most " + rule.maxCount() + ").",
                        rule.legalBasis(), Map.of("maxCount", rule.maxCount() == null ? 0 : rule.maxCount())));
                default -> {
                    // PRIZE_MONEY is applied at the decision, not checked.
                }
            }
        }
        if (subject.achievementKey() != null && !subject.achievementKey().isBlank()
                && !subject.nomineeKeys().isEmpty()) {
            claims.add(new ClaimDemand("ACH|" + subject.nomineeKeys().getFirst() + "|" + subject.achievementKey(),
                    "ONE_ACHIEVEMENT_ONE_AWARD", "Một thành tích chỉ khen thưởng một lần: " + subject.achievementKey(),
                    "06/2022/QH15, Điều 6", subject.nomineeKeys().subList(1, subject.nomineeKeys().size()).stream()
                            .map(k -> "ACH|" + k + "|" + subject.achievementKey()).toList()));
        }
        return new Evaluation(findings, quotas, claims);
    }

    static Finding eligibility(RuleSnapshot snapshot, Subject subject) {
        Category category = snapshot.category();
        if (snapshot.offer() == null) {
            return Finding.of("ELIGIBILITY", Outcome.FAIL,
                    "Phong trào không có hình thức khen thưởng " + subject.formCode() + ".",
                    "The campaign does not offer " + subject.formCode() + ".", null, Map.of());
        }
        if (category == null) {
            return Finding.of("ELIGIBILITY", Outcome.FAIL, "Đối tượng không thuộc nhóm đối tượng nào của phong trào.",
                    "The nominee belongs to no participant category of the campaign.", null, Map.of());
        }
        List<String> allowed = snapshot.offer().categoryCodes();
        if (allowed != null && !allowed.isEmpty() && !allowed.contains(category.code())) {
            return Finding.of("ELIGIBILITY", Outcome.FAIL,
                    "Hình thức " + formName(snapshot) + " không dành cho đối tượng \"" + category.name() + "\".",
                    formName(snapshot) + " is not offered to \"" + category.name() + "\".", null,
                    Map.of("categoryCode", category.code()));
        }
        if (!category.nomineeType().equals(subject.nomineeType())) {
            return Finding.of("ELIGIBILITY", Outcome.FAIL,
                    "Đối tượng \"" + category.name() + "\" là " + category.nomineeType() + ", hồ sơ đề nghị cho "
                            + subject.nomineeType() + ".",
                    "Category \"" + category.name() + "\" is for " + category.nomineeType() + ", the dossier "
                            + "proposes a " + subject.nomineeType() + ".", null, Map.of("categoryCode", category.code()));
        }
        return Finding.of("ELIGIBILITY", Outcome.PASS,
                "Đối tượng \"" + category.name() + "\" được đề nghị " + formName(snapshot) + ".",
                "Category \"" + category.name() + "\" may be proposed for " + formName(snapshot) + ".", null,
                Map.of("categoryCode", category.code()));
    }

    static Finding criterion(Criterion criterion, Subject subject, Facts facts) {
        Judged judged = judge(criterion.condition(), subject, facts);
        String text = criterion.text() != null ? criterion.text() : criterion.condition().text();
        return Finding.of("CRITERION:" + criterion.code(), judged.outcome(),
                "Tiêu chí \"" + text + "\": " + judged.vi(), "Criterion \"" + text + "\": " + judged.en(), null,
                judged.numbers());
    }

    /** A rule's conditions combined with ANY (một trong các tiêu chuẩn) or ALL. */
    static Finding conditions(String ruleName, Rule rule, Subject subject, Facts facts) {
        boolean any = !"ALL".equals(rule.conditionsMatch());
        List<Judged> judged = rule.conditions().stream().map(c -> judge(c, subject, facts)).toList();
        Outcome outcome;
        if (any) {
            outcome = judged.stream().anyMatch(j -> j.outcome() == Outcome.PASS) ? Outcome.PASS
                    : judged.stream().anyMatch(j -> j.outcome() == Outcome.NEEDS_JUDGEMENT) ? Outcome.NEEDS_JUDGEMENT
                    : Outcome.FAIL;
        } else {
            outcome = judged.stream().anyMatch(j -> j.outcome() == Outcome.FAIL) ? Outcome.FAIL
                    : judged.stream().anyMatch(j -> j.outcome() == Outcome.NEEDS_JUDGEMENT) ? Outcome.NEEDS_JUDGEMENT
                    : Outcome.PASS;
        }
        String joinVi = any ? " hoặc " : " và ";
        String joinEn = any ? " or " : " and ";
        Map<String, Object> numbers = new LinkedHashMap<>();
        judged.forEach(j -> numbers.putAll(j.numbers()));
        String prefixVi = switch (outcome) {
            case PASS -> "Đạt";
            case FAIL -> "Không đạt";
            default -> "Cần thẩm định";
        };
        String prefixEn = switch (outcome) {
            case PASS -> "Met";
            case FAIL -> "Not met";
            default -> "To be assessed";
        };
        return Finding.of(ruleName, outcome,
                prefixVi + " tiêu chuẩn \"" + rule.description() + "\": "
                        + String.join(joinVi, judged.stream().map(Judged::vi).toList()) + ".",
                prefixEn + ": \"" + rule.description() + "\": "
                        + String.join(joinEn, judged.stream().map(Judged::en).toList()) + ".",
                rule.legalBasis(), numbers);
    }

    private static void quota(int index, Rule rule, RuleSnapshot snapshot, Subject subject, Facts facts,
            List<Finding> findings, List<QuotaDemand> quotas) {
        String scope = scopeUnit(rule, subject);
        if (scope == null) {
            return;
        }
        List<String> statuses = rule.per().statusAnyOf();
        if (statuses != null && !statuses.isEmpty()) {
            boolean known = false;
            boolean holds = false;
            for (String status : statuses) {
                Optional<Fact> fact = facts.value(scope, status);
                known |= fact.isPresent();
                holds |= fact.map(f -> f.value() >= 1).orElse(false);
            }
            if (!holds) {
                findings.add(Finding.of("QUOTA", known ? Outcome.PASS : Outcome.WARN,
                        (known ? "Không áp dụng chỉ tiêu" : "Chưa có số liệu trạng thái " + statuses + " của " + scope
                                + " nên chưa áp dụng chỉ tiêu") + " \"" + rule.description() + "\".",
                        (known ? "Quota does not apply" : "No current value of " + statuses + " for " + scope
                                + ", so the quota is not applied") + ": \"" + rule.description() + "\".",
                        rule.legalBasis(), Map.of("scopeUnit", scope)));
                return;
            }
        }
        String share = null;
        int max = rule.maxCount() == null ? 0 : rule.maxCount();
        if (rule.split() != null && !rule.split().isEmpty()) {
            String decider = Competence.deciderLevel(snapshot.form() == null ? null : snapshot.form().level());
            for (QuotaShare s : rule.split()) {
                if (decider.equals(s.proposedAtLevel())) {
                    share = s.proposedAtLevel();
                    max = s.count();
                }
            }
        }
        String key = subject.campaignId() + "|" + subject.formCode() + "|" + index + "|" + scope + "|"
                + (share == null ? "ALL" : share);
        quotas.add(new QuotaDemand(key, subject.tenant(), rule.description(), rule.legalBasis(), max, scope, share));
    }

    /** The unit a quota is counted per, on the proposing unit's path; null when the quota does not concern it. */
    static String scopeUnit(Rule rule, Subject subject) {
        if (rule.per() == null) {
            return null;
        }
        if (rule.per().unitCode() != null) {
            return subject.unitPath().contains(rule.per().unitCode())
                    || rule.per().unitCode().equals(subject.proposingUnitCode()) ? rule.per().unitCode() : null;
        }
        String type = rule.per().unitType();
        if ("PROVINCIAL_DEPARTMENT".equals(type)) {
            return "AGENCY".equals(subject.proposingLevel()) ? subject.proposingUnitCode() : null;
        }
        if ("VILLAGE".equals(type)) {
            return subject.nomineeUnitCode();
        }
        for (String code : subject.unitPath()) {
            if (type != null && type.equals(subject.pathLevels().get(code))) {
                return code;
            }
        }
        return null;
    }

    /** The quota finding once the counter answered: FAIL names the quota and its use. */
    public static Finding quotaFinding(QuotaDemand demand, long used, boolean granted) {
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("used", used);
        numbers.put("max", demand.max());
        numbers.put("scopeUnit", demand.scopeUnit());
        if (demand.share() != null) {
            numbers.put("share", demand.share());
        }
        String counting = " (tính cả hồ sơ đang xét và đã khen thưởng)";
        if (!granted) {
            return new Finding("QUOTA", Outcome.FAIL, Map.of(
                    "vi", "Vượt chỉ tiêu \"" + demand.description() + "\": đã dùng " + used + "/" + demand.max()
                            + " cho " + demand.scopeUnit() + counting + ".",
                    "en", "Quota exceeded: \"" + demand.description() + "\": " + used + " of " + demand.max()
                            + " used for " + demand.scopeUnit() + " (counting dossiers in flight and awarded)."),
                    demand.legalBasis(), numbers);
        }
        return new Finding("QUOTA", Outcome.PASS, Map.of(
                "vi", "Trong chỉ tiêu \"" + demand.description() + "\": " + used + "/" + demand.max() + " cho "
                        + demand.scopeUnit() + counting + ".",
                "en", "Within quota \"" + demand.description() + "\": " + used + " of " + demand.max() + " for "
                        + demand.scopeUnit() + " (counting dossiers in flight and awarded)."),
                demand.legalBasis(), numbers);
    }

    /** The once-only / one-achievement finding once the claim was settled. */
    public static Finding claimFinding(ClaimDemand demand, String heldBy) {
        boolean once = "ONCE_PER_NOMINEE".equals(demand.rule());
        if (heldBy != null) {
            return Finding.of(demand.rule(), Outcome.FAIL,
                    (once ? "Đối tượng đã được đề nghị hoặc đã được tặng hình thức này (" + demand.description()
                            + "), hồ sơ " : "Thành tích đã được dùng để đề nghị khen thưởng ở hồ sơ ") + heldBy + ".",
                    (once ? "The nominee already has this award or a dossier for it in flight (" + demand.description()
                            + "): dossier " : "The achievement already backs dossier ") + heldBy + ".",
                    demand.legalBasis(), Map.of("heldBy", heldBy));
        }
        return Finding.of(demand.rule(), Outcome.PASS,
                once ? "Chưa được tặng hình thức này: " + demand.description() + "."
                        : "Thành tích chưa được khen thưởng.",
                once ? "Not yet awarded: " + demand.description() + "." : "The achievement has not backed an award.",
                demand.legalBasis(), Map.of());
    }

    private static boolean applies(Rule rule, Subject subject, Category category) {
        if (rule.nomineeType() != null && !rule.nomineeType().equals(subject.nomineeType())) {
            return false;
        }
        if (rule.nomineeUnitType() != null && (category == null || !rule.nomineeUnitType().equals(category.unitType()))) {
            return false;
        }
        return rule.occasions() == null || rule.occasions().isEmpty() || rule.occasions().contains(subject.occasion());
    }

    private record Judged(Outcome outcome, String vi, String en, Map<String, Object> numbers) {
    }

    private static Judged judge(Condition condition, Subject subject, Facts facts) {
        String text = condition.text() != null ? condition.text()
                : condition.flag() != null ? condition.flag() : String.valueOf(condition.indicator());
        switch (condition.kind()) {
            case "STATUS_FLAG" -> {
                Optional<Fact> fact = subject.nomineeUnitCode() == null ? Optional.empty()
                        : facts.value(subject.nomineeUnitCode(), condition.flag());
                if (fact.isEmpty()) {
                    return new Judged(Outcome.NEEDS_JUDGEMENT, text + " — chưa có số liệu, cần thẩm định",
                            text + " — no current value, to be confirmed by the reviewer",
                            Map.of(condition.flag(), "unknown"));
                }
                boolean met = fact.get().value() >= 1;
                return new Judged(met ? Outcome.PASS : Outcome.FAIL,
                        text + (met ? " — đạt" : " — chưa đạt") + " (số liệu ngày " + fact.get().measuredOn() + ")",
                        text + (met ? " — met" : " — not met") + " (measured " + fact.get().measuredOn() + ")",
                        Map.of(condition.flag(), fact.get().value()));
            }
            case "NUMERIC_THRESHOLD" -> {
                Optional<Fact> fact = subject.nomineeUnitCode() == null ? Optional.empty()
                        : facts.value(subject.nomineeUnitCode(), condition.indicator());
                String source = "số liệu ngày ";
                String sourceEn = "measured ";
                if (fact.isEmpty() && subject.figures() != null && subject.figures().get(condition.indicator()) != null) {
                    fact = Optional.of(new Fact(subject.figures().get(condition.indicator()), null));
                    source = "kê khai trong hồ sơ";
                    sourceEn = "declared in the dossier";
                }
                if (fact.isEmpty()) {
                    return new Judged(Outcome.NEEDS_JUDGEMENT, text + " — chưa có số liệu " + condition.indicator()
                            + ", cần thẩm định", text + " — no value of " + condition.indicator()
                            + ", to be confirmed by the reviewer", Map.of(condition.indicator(), "unknown"));
                }
                double value = fact.get().value();
                boolean met = holds(condition.comparison(), value, condition.value());
                String when = fact.get().measuredOn() == null ? "" : String.valueOf(fact.get().measuredOn());
                return new Judged(met ? Outcome.PASS : Outcome.FAIL,
                        text + ": " + number(value) + " " + unit(condition) + (met ? " — đạt" : " — chưa đạt")
                                + " (ngưỡng " + number(condition.value()) + "; " + source + when + ")",
                        text + ": " + number(value) + " " + unit(condition) + (met ? " — met" : " — not met")
                                + " (threshold " + number(condition.value()) + "; " + sourceEn + when + ")",
                        Map.of(condition.indicator(), value, condition.indicator() + ".threshold", condition.value()));
            }
            case "RATE_SUSTAINED" -> {
                return new Judged(Outcome.NEEDS_JUDGEMENT, text + " — cần thẩm định chuỗi số liệu "
                        + condition.consecutiveYears() + " năm", text + " — a " + condition.consecutiveYears()
                        + "-year series to be assessed", Map.of());
            }
            default -> {
                return new Judged(Outcome.NEEDS_JUDGEMENT, text + " — do hội đồng, người thẩm định đánh giá",
                        text + " — for the reviewer to judge", Map.of());
            }
        }
    }

    private static final Set<String> KNOWN_COMPARISONS = Set.of("AT_LEAST", "MORE_THAN", "AT_MOST", "LESS_THAN",
            "EQUAL");

    static boolean holds(String comparison, double value, Double threshold) {
        if (threshold == null || comparison == null || !KNOWN_COMPARISONS.contains(comparison)) {
            return false;
        }
        return switch (comparison) {
            case "AT_LEAST" -> value >= threshold;
            case "MORE_THAN" -> value > threshold;
            case "AT_MOST" -> value <= threshold;
            case "LESS_THAN" -> value < threshold;
            default -> value == threshold;
        };
    }

    private static String unit(Condition condition) {
        return condition.unit() == null ? "" : condition.unit();
    }

    private static String number(Double value) {
        if (value == null) {
            return "?";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi-VN"));
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static String formName(RuleSnapshot snapshot) {
        return snapshot.form() != null && snapshot.form().name() != null ? snapshot.form().name()
                : snapshot.offer().formCode();
    }
}
