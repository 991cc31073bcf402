package vn.thidua.campaign.validation;

import java.util.List;

/** A rule broken by input: the JSON path of the field and a message code with arguments. Framework-free. */
public record Violation(String field, String code, Object... args) {

    public static Violation required(String field) {
        return new Violation(field, "required");
    }

    public static boolean none(List<Violation> violations) {
        return violations.isEmpty();
    }
}
