package vn.thidua.award.dossiers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Figures set by law that change over time, as configuration with their legal basis ({@code thidua.award.*}):
 * the base salary (mức lương cơ sở) by validity date, the rounding of prize money, the council's quorum and
 * majority, and the forms voted by secret ballot.
 */
@ConfigurationProperties("thidua.award")
public class AwardSettings {

    private List<BaseSalary> baseSalary = new ArrayList<>();
    /** Prize money is rounded up to this many đồng (hàng chục nghìn: 10 000). */
    private long prizeRoundingVnd = 10_000;
    private Council council = new Council();

    public static class BaseSalary {
        private long amountVnd;
        private LocalDate validFrom;
        private String legalBasis;

        public long getAmountVnd() {
            return amountVnd;
        }

        public void setAmountVnd(long amountVnd) {
            this.amountVnd = amountVnd;
        }

        public LocalDate getValidFrom() {
            return validFrom;
        }

        public void setValidFrom(LocalDate validFrom) {
            this.validFrom = validFrom;
        }

        public String getLegalBasis() {
            return legalBasis;
        }

        public void setLegalBasis(String legalBasis) {
            this.legalBasis = legalBasis;
        }
    }

    public static class Council {
        private double quorumShare = 2.0 / 3.0;
        private double passShareOfMembers = 0.5;
        private List<String> secretBallotForms = new ArrayList<>();

        public double getQuorumShare() {
            return quorumShare;
        }

        public void setQuorumShare(double quorumShare) {
            this.quorumShare = quorumShare;
        }

        public double getPassShareOfMembers() {
            return passShareOfMembers;
        }

        public void setPassShareOfMembers(double passShareOfMembers) {
            this.passShareOfMembers = passShareOfMembers;
        }

        public List<String> getSecretBallotForms() {
            return secretBallotForms;
        }

        public void setSecretBallotForms(List<String> secretBallotForms) {
            this.secretBallotForms = secretBallotForms;
        }
    }

    /** The base salary in force on a day. */
    public Optional<BaseSalary> baseSalaryOn(LocalDate day) {
        return baseSalary.stream().filter(b -> b.getValidFrom() != null && !day.isBefore(b.getValidFrom()))
                .max(Comparator.comparing(BaseSalary::getValidFrom));
    }

    public List<BaseSalary> getBaseSalary() {
        return baseSalary;
    }

    public void setBaseSalary(List<BaseSalary> baseSalary) {
        this.baseSalary = baseSalary;
    }

    public long getPrizeRoundingVnd() {
        return prizeRoundingVnd;
    }

    public void setPrizeRoundingVnd(long prizeRoundingVnd) {
        this.prizeRoundingVnd = prizeRoundingVnd;
    }

    public Council getCouncil() {
        return council;
    }

    public void setCouncil(Council council) {
        this.council = council;
    }
}
