package vn.thidua.award.dossiers;

import java.time.LocalDate;
import java.util.Map;

/**
 * How a council vote is read (Hội đồng Thi đua – Khen thưởng): the meeting is valid with at least the quorum share
 * of members present, and a proposal passes with more than the pass share of all members voting for it. The
 * shares are configuration ({@code thidua.award.council}), not constants: the current figures under NĐ 152/2025
 * are not confirmed (domain §6). Plain Java.
 */
public record CouncilRule(double quorumShare, double passShareOfMembers) {

    public CouncilResult read(int members, int present, int votesFor, int votesAgainst, int abstentions,
            boolean secretBallot, LocalDate meetingDate, String note) {
        boolean quorum = present >= Math.ceil(members * quorumShare - 1e-9);
        boolean majority = votesFor > members * passShareOfMembers;
        boolean passed = quorum && majority;
        String vi = "Có mặt " + present + "/" + members + " thành viên (" + (quorum ? "đủ" : "không đủ")
                + " tỷ lệ " + percent(quorumShare) + "); đồng ý " + votesFor + ", không đồng ý " + votesAgainst
                + ", không biểu quyết " + abstentions + (secretBallot ? " (bỏ phiếu kín)" : "") + "; cần trên "
                + percent(passShareOfMembers) + " tổng số thành viên đồng ý: " + (passed ? "đạt" : "không đạt") + ".";
        String en = present + " of " + members + " members present (" + (quorum ? "quorum" : "no quorum") + " at "
                + percent(quorumShare) + "); for " + votesFor + ", against " + votesAgainst + ", abstain "
                + abstentions + (secretBallot ? " (secret ballot)" : "") + "; more than "
                + percent(passShareOfMembers) + " of all members must vote for: " + (passed ? "passed" : "not passed")
                + ".";
        return new CouncilResult(members, present, votesFor, votesAgainst, abstentions, secretBallot, meetingDate,
                note, passed, Map.of("vi", vi, "en", en));
    }

    private static String percent(double share) {
        return Math.round(share * 1000) / 10.0 + "%";
    }
}
