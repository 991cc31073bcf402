package vn.thidua.award.dossiers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Bodies of the workflow actions. */
public final class ActionRequests {

    private ActionRequests() {
    }

    /**
     * {@code POST /dossiers/{id}/transitions}: RETURN and REJECT need a reason; PROPOSE (a STATE form, the province
     * to the national level) needs the submission (tờ trình).
     */
    public record TransitionRequest(@NotNull Workflow.Action action, @Size(max = 4000) String reason,
            @Valid StateSubmission submission) {
    }

    /**
     * Tờ trình đề nghị khen thưởng cấp Nhà nước: the province's submission to the national level, its number
     * (e.g. 125/TTr-UBND), date and signer (the Chairman of the provincial People's Committee).
     */
    public record StateSubmission(@Size(max = 64) String number, LocalDate signedOn,
            @Size(max = 200) String signerName) {
    }

    /** The council's vote on a dossier (kết quả họp Hội đồng). */
    public record CouncilRequest(@NotNull @Min(1) @Max(200) Integer members, @NotNull @Min(0) @Max(200) Integer present,
            @NotNull @Min(0) @Max(200) Integer votesFor, @NotNull @Min(0) @Max(200) Integer votesAgainst,
            @NotNull @Min(0) @Max(200) Integer abstentions, boolean secretBallot, @NotNull LocalDate meetingDate,
            @Size(max = 4000) String note) {
    }

    /** Thu hồi: reason and legal basis are required. */
    public record RevocationRequest(@NotBlank @Size(max = 4000) String reason,
            @NotBlank @Size(max = 300) String legalBasis) {
    }

    /** A level forwards a list of dossiers in one action (danh sách đề nghị). */
    public record ForwardingRequest(@NotEmpty @Size(max = 100) List<@NotBlank String> dossierIds,
            @Size(max = 4000) String note) {
    }
}
