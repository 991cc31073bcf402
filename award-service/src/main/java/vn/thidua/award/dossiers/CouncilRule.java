package vn.thidua.award.dossiers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.award.checks.FindingMessages;

/**
 * How a council vote is read (Hội đồng Thi đua – Khen thưởng): the meeting is valid with at least the quorum share
 * of members present, and a proposal passes with more than the pass share of all members voting for it. The
 * shares are configuration ({@code thidua.award.council}), not constants: the current figures under NĐ 152/2025
 * are not confirmed (domain §6). The explanation is rendered from the {@code finding-messages} bundles by code
 * ({@code council.passed}, {@code council.no-quorum}, {@code council.no-majority}) and arguments. Plain Java.
 */
public record CouncilRule(double quorumShare, double passShareOfMembers) {

    public CouncilResult read(int members, int present, int votesFor, int votesAgainst, int abstentions,
            boolean secretBallot, LocalDate meetingDate, String note) {
        boolean quorum = present >= Math.ceil(members * quorumShare - 1e-9);
        boolean majority = votesFor > members * passShareOfMembers;
        boolean passed = quorum && majority;
        String code = !quorum ? "council.no-quorum" : passed ? "council.passed" : "council.no-majority";
        List<String> args = List.of(String.valueOf(present), String.valueOf(members), percent(quorumShare),
                String.valueOf(votesFor), String.valueOf(votesAgainst), String.valueOf(abstentions),
                percent(passShareOfMembers));
        Map<String, String> explanation = new LinkedHashMap<>();
        for (String language : FindingMessages.LANGUAGES) {
            List<String> withBallot = new ArrayList<>(args);
            withBallot.add(secretBallot ? FindingMessages.render("council.secret-ballot", List.of(), language) : "");
            explanation.put(language, FindingMessages.render(code, withBallot, language));
        }
        return new CouncilResult(members, present, votesFor, votesAgainst, abstentions, secretBallot, meetingDate,
                note, passed, explanation, code, args);
    }

    private static String percent(double share) {
        return Math.round(share * 1000) / 10.0 + "%";
    }
}
