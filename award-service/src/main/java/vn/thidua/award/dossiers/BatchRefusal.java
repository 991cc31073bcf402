package vn.thidua.award.dossiers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import vn.thidua.shared.error.ProblemException;

/**
 * The answer to a list of dossiers acted on in one go (forwarding, a decision): all or nothing, so every dossier
 * that cannot go is collected and the whole list is refused with one problem listing each dossier's reason.
 */
public final class BatchRefusal {

    private final List<Map<String, Object>> errors = new ArrayList<>();

    /** Records why one dossier of the list cannot go (status, problem code, and the rule findings if any). */
    public void add(String dossierId, ProblemException refused) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("dossierId", dossierId);
        error.put("status", refused.status().value());
        error.put("code", refused.code());
        if (refused.properties().containsKey("findings")) {
            error.put("findings", refused.properties().get("findings"));
        }
        errors.add(error);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** 422 {@code batch-refused} with {@code dossierErrors}: how many of the list cannot go, and why. */
    public ProblemException problem(int listed) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "batch-refused", List.of(),
                Map.of("dossierErrors", errors), errors.size(), listed);
    }
}
