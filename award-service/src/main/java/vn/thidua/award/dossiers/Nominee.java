package vn.thidua.award.dossiers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Who is proposed (đối tượng đề nghị khen thưởng).
 *
 * @param type       INDIVIDUAL (cá nhân), COLLECTIVE (tập thể), HOUSEHOLD (hộ gia đình) or UNIT (an administrative
 *                   unit: xã, huyện — a collective whose status comes from the registry's progress)
 * @param personalId số định danh cá nhân / CCCD for individuals (and the household head): the once-only key
 * @param unitCode   the registry code of a collective or unit nominee: the once-only key, followed across mergers
 */
public record Nominee(
        @NotNull Type type,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 20) @Pattern(regexp = "[0-9]{9,12}") String personalId,
        LocalDate birthDate,
        @Size(max = 10) String gender,
        @Size(max = 300) String position,
        @Size(max = 300) String workplace,
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String unitCode,
        @Size(max = 500) String address) {

    public enum Type { INDIVIDUAL, COLLECTIVE, HOUSEHOLD, UNIT }

    /** The nominee type the plan's rules speak of (a unit nominee is a collective). */
    public String ruleType() {
        return type == Type.UNIT ? "COLLECTIVE" : type.name();
    }

    /** The key that identifies the nominee across dossiers: personal id, else unit code. */
    public String key() {
        if (type == Type.INDIVIDUAL || type == Type.HOUSEHOLD) {
            return personalId == null ? null : "P:" + personalId;
        }
        return unitCode == null ? null : "U:" + unitCode;
    }
}
