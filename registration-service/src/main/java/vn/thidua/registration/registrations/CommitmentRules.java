package vn.thidua.registration.registrations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.registration.campaigns.CampaignApi.CampaignRecord;
import vn.thidua.registration.campaigns.CampaignApi.OfferRef;
import vn.thidua.registration.campaigns.CampaignApi.TargetRef;
import vn.thidua.registration.registrations.RegistrationRequest.CommitmentRequest;
import vn.thidua.shared.error.ProblemException.FieldViolation;

/**
 * What a registration may commit to, checked against the campaign before anything is written. Plain rules:
 * <ul>
 *   <li>the year lies in the campaign's period (startYear..endYear);</li>
 *   <li>each commitment names one of the campaign's targets, at most once per indicator;</li>
 *   <li>each award form aimed for is one the campaign offers (its offers' formCode), at most once.</li>
 * </ul>
 * Each violation names its field by JSON path ({@code commitments[1].targetCode}).
 */
public final class CommitmentRules {

    private CommitmentRules() {
    }

    /** Whether the year lies in the campaign's period (a plan without one takes any year). */
    public static boolean inPeriod(int year, CampaignRecord campaign) {
        return campaign.startYear() == null || campaign.endYear() == null
                || (year >= campaign.startYear() && year <= campaign.endYear());
    }

    public static List<FieldViolation> check(RegistrationRequest request, CampaignRecord campaign) {
        List<FieldViolation> violations = new ArrayList<>();
        if (!inPeriod(request.year(), campaign)) {
            violations.add(new FieldViolation("year", "out-of-range", campaign.startYear(), campaign.endYear()));
        }
        Map<String, TargetRef> targets = campaign.targetList().stream()
                .collect(Collectors.toMap(TargetRef::code, Function.identity(), (a, b) -> a));
        Set<String> seen = new HashSet<>();
        List<CommitmentRequest> commitments = request.commitmentList();
        for (int i = 0; i < commitments.size(); i++) {
            CommitmentRequest c = commitments.get(i);
            TargetRef target = targets.get(c.targetCode());
            if (target == null) {
                violations.add(new FieldViolation("commitments[" + i + "].targetCode", "unknown-target",
                        String.join(", ", targets.keySet())));
                continue;
            }
            String indicator = c.indicator() == null || c.indicator().isBlank() ? target.indicator() : c.indicator();
            if (!seen.add(c.targetCode() + "|" + indicator)) {
                violations.add(new FieldViolation("commitments[" + i + "].targetCode", "duplicate-commitment",
                        c.targetCode(), indicator));
            }
        }
        Set<String> offered = campaign.offerList().stream().map(OfferRef::formCode)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> aimed = new HashSet<>();
        List<String> forms = request.awardFormList();
        for (int i = 0; i < forms.size(); i++) {
            if (!offered.contains(forms.get(i))) {
                violations.add(new FieldViolation("awardForms[" + i + "]", "not-offered", String.join(", ", offered)));
            } else if (!aimed.add(forms.get(i))) {
                violations.add(new FieldViolation("awardForms[" + i + "]", "duplicate-form", forms.get(i)));
            }
        }
        return violations;
    }

    /** The commitments as stored: indicator and unit of measure filled in from the target when not given. */
    public static List<Commitment> resolve(RegistrationRequest request, CampaignRecord campaign) {
        Map<String, TargetRef> targets = campaign.targetList().stream()
                .collect(Collectors.toMap(TargetRef::code, Function.identity(), (a, b) -> a));
        return request.commitmentList().stream().map(c -> {
            TargetRef target = targets.get(c.targetCode());
            String indicator = c.indicator() == null || c.indicator().isBlank() ? target.indicator() : c.indicator();
            String unit = c.unitOfMeasure() == null || c.unitOfMeasure().isBlank() ? target.unitOfMeasure()
                    : c.unitOfMeasure();
            return new Commitment(c.targetCode(), indicator, c.committedValue(), unit, c.note());
        }).toList();
    }
}
