package vn.thidua.award.dossiers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.thidua.award.attachments.StoredAttachment;
import vn.thidua.award.checks.Finding;
import vn.thidua.award.checks.RuleSnapshot;

/**
 * An award dossier (hồ sơ đề nghị khen thưởng): one aggregate, one document. Scope fields: {@code tenant}, the
 * proposing unit's {@code unitPath} (as of the dossier's year) and the {@code routeUnits} it passes through, so
 * district, standing agency and Sở Nội vụ read the dossiers on their route. Changes go through {@link Dossiers}
 * with the optimistic {@code version}.
 */
@Document("dossiers")
public class Dossier {

    @Id
    public String id;
    public String tenant;
    public List<String> unitPath;
    public List<String> routeUnits = new ArrayList<>();
    /** The unit that holds the dossier now (đơn vị đang xử lý). */
    public String holderUnitCode;

    public String campaignId;
    public int year;
    /** ANNUAL, MID_TERM_REVIEW, FINAL_REVIEW, ON_ACHIEVEMENT (dịp khen thưởng). */
    public String occasion;
    public Nominee nominee;
    public String categoryCode;
    public String awardFormCode;
    public String awardFormName;
    public String proposingUnitCode;
    public String proposingUnitName;
    public String proposingLevel;
    /**
     * The level of each code on the unit path (COMMUNE, DISTRICT, PROVINCE, AGENCY), as {@code {unitCode, level}}
     * pairs: unit codes are data, never field names of the stored document.
     */
    public List<UnitLevel> pathLevels = new ArrayList<>();
    /** Tóm tắt thành tích. */
    public String achievementSummary;
    /** The achievement this award is for (một thành tích chỉ khen một lần), e.g. "NTM-2024". */
    public String achievementKey;
    /**
     * Figures the dossier declares (CONTRIBUTION_VND, OCOP_STARS …), checked against thresholds; stored as
     * {@code {key, value}} pairs (the codes are the plan's, never field names), shown by the API as an object.
     */
    public List<Figure> figures = new ArrayList<>();
    public List<StoredAttachment> attachments = new ArrayList<>();

    /** The rule version it is decided with, taken when received. */
    public RuleSnapshot rules;
    public List<RouteStop> route;
    public Integer stopIndex;
    public DossierStatus status;
    public boolean late;
    public List<LateFlag> lateFlags = new ArrayList<>();
    /** The findings of the last rule check. */
    public List<Finding> findings;
    public CouncilResult council;
    /** The unit that decided within its competence, or the province after the council. */
    public String decidedAtUnitCode;
    public String decisionId;
    public String decisionNumber;
    /** The decision's issuing body and day (a state decision: Thủ tướng Chính phủ, Chủ tịch nước). */
    public String decisionIssuingBody;
    public LocalDate decisionSignedOn;
    public Long prizeMoneyVnd;
    /** A STATE form: the province's submission to the national level (tờ trình), the latest one. */
    public StateProposal stateProposal;
    public Revocation revocation;
    /** Quota counters and once-only claims this dossier holds. */
    public List<String> quotaKeys = new ArrayList<>();
    public List<String> claimKeys = new ArrayList<>();
    public List<TransitionRecord> transitions = new ArrayList<>();

    @Version
    public Long version;
    public String createdBy;
    public Instant createdAt;
    public Instant updatedAt;

    /** A declared figure: the indicator code and its value. */
    public record Figure(String key, Double value) {
    }

    /** A unit on the proposer's path and its level. */
    public record UnitLevel(String unitCode, String level) {
    }

    /** The declared figures by code. */
    public Map<String, Double> figureMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        if (figures != null) {
            figures.forEach(f -> map.put(f.key(), f.value()));
        }
        return map;
    }

    public void declareFigures(Map<String, Double> declared) {
        figures = new ArrayList<>();
        if (declared != null) {
            new TreeMap<>(declared).forEach((key, value) -> figures.add(new Figure(key, value)));
        }
    }

    /** The levels of the path's codes by code. */
    public Map<String, String> levels() {
        Map<String, String> map = new LinkedHashMap<>();
        if (pathLevels != null) {
            pathLevels.forEach(l -> map.put(l.unitCode(), l.level()));
        }
        return map;
    }

    public static List<UnitLevel> levelList(Map<String, String> levels) {
        List<UnitLevel> list = new ArrayList<>();
        levels.forEach((code, level) -> list.add(new UnitLevel(code, level)));
        return list;
    }

    /** Late hand-over: which step, its deadline and the day it happened. */
    public record LateFlag(int stepOrder, String stepName, LocalDate deadline, LocalDate handedOverOn) {
    }

    /** Tờ trình of the province to the national level: number, date, signer, and who entered it when. */
    public record StateProposal(String number, LocalDate signedOn, String signerName, String enteredBy,
            Instant enteredAt) {
    }

    /** Thu hồi: reason and legal basis (Chương VII Luật TĐKT). */
    public record Revocation(String reason, String legalBasis, LocalDate revokedOn, String revokedBy) {
    }

    public RouteStop currentStop() {
        return route == null || stopIndex == null || stopIndex >= route.size() ? null : route.get(stopIndex);
    }
}
