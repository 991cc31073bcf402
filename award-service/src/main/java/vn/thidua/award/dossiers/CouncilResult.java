package vn.thidua.award.dossiers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The council's result (kết quả bỏ phiếu của Hội đồng TĐKT) with its explanation.
 *
 * @param members     the council's membership; quorum and majority are counted on it
 * @param explanation the result in words (vi, en), rendered from {@code code} and {@code args}
 */
public record CouncilResult(int members, int present, int votesFor, int votesAgainst, int abstentions,
        boolean secretBallot, LocalDate meetingDate, String note, boolean passed, Map<String, String> explanation,
        String code, List<String> args) {
}
