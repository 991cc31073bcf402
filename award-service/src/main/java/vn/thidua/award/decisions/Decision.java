package vn.thidua.award.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.thidua.award.dossiers.TransitionRecord;

/**
 * A decision (quyết định khen thưởng): number, date, issuing body, signer, and the awardees with their prize
 * money; issued, then published (công khai).
 */
@Document("decisions")
public class Decision {

    @Id
    public String id;
    public String tenant;
    public List<String> unitPath;
    public String number;
    public LocalDate signedOn;
    public String issuingBody;
    /** The signer's name: the authenticated decision-signer's, or the state signer the national board recorded. */
    public String signerName;
    /** The decision-signer who signed it in the platform (username); null for a state decision recorded. */
    public String signedBy;
    /** Numbering year (năm ban hành, of {@code signedOn}): numbers are unique per issuing body and year. */
    public Integer year;
    /** The unit that decides: the province, or a district for its own Giấy khen. */
    public String decidingUnitCode;
    public Status status;
    public List<Awardee> awardees = new ArrayList<>();
    public Long totalPrizeMoneyVnd;
    public Instant publishedAt;
    public List<TransitionRecord> transitions = new ArrayList<>();
    @Version
    public Long version;
    public String createdBy;
    public Instant createdAt;
    /** The decision's place in the decisions change feed ({@link DecisionFeed}), taken when issued and published. */
    public Long changeSeq;
    public Instant changedAt;

    public enum Status { ISSUED, PUBLISHED }

    /**
     * One awardee (danh sách được khen thưởng) with the prize money computed from the dossier's rule snapshot and
     * the base salary in force on the decision day.
     */
    public record Awardee(String dossierId, String nomineeType, String nomineeName, String personalId,
            String nomineeUnitCode, String proposingUnitCode, String awardFormCode, String awardFormName,
            Long prizeMoneyVnd, String prizeMoneyBasis) {
    }
}
