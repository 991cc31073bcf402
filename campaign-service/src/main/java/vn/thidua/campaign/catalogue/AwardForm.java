package vn.thidua.campaign.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.thidua.campaign.criteria.NomineeType;

/**
 * An entry of the award catalogue: a form of commendation (hình thức khen thưởng) or an emulation title (danh hiệu
 * thi đua), its level and who may decide it. National entries come from the law and have no tenant; a province's
 * additions carry their tenant and unit path.
 *
 * @param decidedBy who has the power to decide it (thẩm quyền quyết định), as roles of office
 */
@Document("award_catalogue")
public record AwardForm(
        @Id String id,
        String code,
        String name,
        String nameEn,
        EntryKind kind,
        String category,
        AwardLevel level,
        List<String> decidedBy,
        List<NomineeType> recipients,
        String legalBasis,
        String article,
        LocalDate validFrom,
        LocalDate validTo,
        Source source,
        String tenant,
        List<String> unitPath,
        @Version Long version,
        String createdBy,
        Instant createdAt) {

    /** Hình thức khen thưởng (Art. 9) or danh hiệu thi đua (Art. 8). */
    public enum EntryKind { FORM, TITLE }

    /** Nhà nước, bộ/ngành/tỉnh, huyện (until 30/6/2025), xã, cơ quan. */
    public enum AwardLevel { STATE, MINISTRY_OR_PROVINCE, DISTRICT, COMMUNE, AGENCY }

    /** Bundled from the law, or added by a province. */
    public enum Source { LAW, PROVINCE }

    /** The same entry with the bundled reference content, keeping identity and version. */
    AwardForm sameContentAs(AwardForm other) {
        return new AwardForm(id, other.code, other.name, other.nameEn, other.kind, other.category, other.level,
                other.decidedBy, other.recipients, other.legalBasis, other.article, other.validFrom, other.validTo,
                other.source, tenant, unitPath, version, createdBy, createdAt);
    }

    boolean contentEquals(AwardForm o) {
        return java.util.Objects.equals(List.of(code, name, String.valueOf(nameEn), kind, String.valueOf(category),
                level, String.valueOf(decidedBy), String.valueOf(recipients), String.valueOf(legalBasis),
                String.valueOf(article), String.valueOf(validFrom), String.valueOf(validTo)),
                List.of(o.code, o.name, String.valueOf(o.nameEn), o.kind, String.valueOf(o.category), o.level,
                        String.valueOf(o.decidedBy), String.valueOf(o.recipients), String.valueOf(o.legalBasis),
                        String.valueOf(o.article), String.valueOf(o.validFrom), String.valueOf(o.validTo)));
    }
}
