package vn.thidua.benchmarks.volume;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * Realistic documents of the four databases, in the shape Spring Data writes the services' types (field names of
 * {@code Dossier}, {@code RuleSnapshot}, {@code RouteStop}, {@code Finding}, {@code TransitionRecord},
 * {@code Registration}, {@code ProgressRecord}, {@code Unit}, {@code Campaign}, {@code AuditRecord}; {@code _class};
 * {@code LocalDate} and {@code Instant} as dates). Deterministic: document i is the same in every run, so sizes
 * can be loaded one after the other (0..10 k, then 10 k..100 k). The dossiers, the largest documents, are built by
 * {@link VolumeDossiers}.
 *
 * <p>Spread: 34 provinces (the post-2025 codes), each with 20 districts (pre-2025), 100 communes and 20 agencies;
 * years 2021–2030; statuses weighted as a live platform has them (most dossiers finished, some in flight).
 */
final class VolumeData {

    /** The 34 provinces and cities after the 2025 merger (codes of the surviving units). */
    static final String[] TENANTS = {"01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31",
        "33", "37", "38", "40", "42", "44", "46", "48", "51", "52", "56", "66", "68", "75", "79", "80", "82", "86",
        "91", "92", "96"};
    static final int DISTRICTS = 20;
    static final int COMMUNES = 100;
    static final int AGENCIES = 20;

    private VolumeData() {
    }

    static int campaignsFor(int dossiers) {
        return Math.max(TENANTS.length * 2, dossiers / 100);
    }

    static int registrationsFor(int dossiers) {
        return dossiers / 2;
    }

    static int progressFor(int dossiers) {
        return dossiers / 2;
    }

    static int auditFor(int dossiers) {
        return dossiers;
    }

    static String tenant(long i) {
        return TENANTS[(int) (i % TENANTS.length)];
    }

    static String district(String tenant, int d) {
        return tenant + "D" + String.format("%02d", d);
    }

    static String commune(String tenant, int c) {
        return tenant + "X" + String.format("%03d", c);
    }

    static String agency(String tenant, int a) {
        return tenant + "-S" + String.format("%02d", a);
    }

    static String communeDistrict(String tenant, int c) {
        return district(tenant, c % DISTRICTS);
    }

    static String campaignId(long k) {
        return new UUID(0x7468696475614341L, k).toString();
    }

    static String dossierId(long i) {
        return new UUID(0x7468696475614453L, i).toString();
    }

    static String registrationId(long i) {
        return new UUID(0x7468696475615247L, i).toString();
    }

    /** A campaign id of the tenant, for the i-th document of that tenant. */
    static String campaignOf(String tenant, long perTenantIndex, int campaigns) {
        int perTenant = Math.max(1, campaigns / TENANTS.length);
        int t = indexOf(tenant);
        return campaignId((long) (perTenantIndex % perTenant) * TENANTS.length + t);
    }

    static int indexOf(String tenant) {
        for (int i = 0; i < TENANTS.length; i++) {
            if (TENANTS[i].equals(tenant)) {
                return i;
            }
        }
        throw new IllegalArgumentException(tenant);
    }

    static Date day(LocalDate d) {
        return Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    static Date at(Instant i) {
        return Date.from(i);
    }

    // ------------------------------------------------------------------------------------------------ shapes

    /** Shared by campaigns and the rule snapshots of {@link VolumeDossiers}: both copy a campaign's plan. */
    static Document criterion(String code, String text, String kind, String flag) {
        return new Document("code", code).append("text", text).append("condition", new Document("kind", kind)
                .append("flag", flag).append("indicator", flag == null ? code : null)
                .append("comparison", flag == null ? "GTE" : null).append("value", flag == null ? 50.0 : null)
                .append("unit", flag == null ? "triệu đồng" : null).append("consecutiveYears", null).append("text", text));
    }

    /** Shared by campaigns and the rule snapshots of {@link VolumeDossiers}. */
    static Document rule(String kind, String description, Document per) {
        return new Document("kind", kind).append("description", description).append("nomineeType", null)
                .append("nomineeUnitType", "COMMUNE").append("occasions", List.of("ANNUAL")).append("per", per)
                .append("maxCount", per == null ? null : 10).append("split", null).append("rankBy", null)
                .append("conditions", List.of()).append("conditionsMatch", "ALL").append("baseSalaryMultiple", null)
                .append("householdMultipleOfIndividual", null).append("period", "YEAR")
                .append("legalBasis", "Điều 8 Nghị định 152/2025/NĐ-CP").append("validFrom", day(LocalDate.of(2021, 1, 1)))
                .append("validTo", null);
    }

    // ------------------------------------------------------------------------------------------------ audit

    static Document audit(long i) {
        Random r = new Random(i * 31 + 5);
        String tenant = tenant(i);
        long seq = i / TENANTS.length + 1;
        Instant at = Instant.parse("2021-01-01T00:00:00Z").plusSeconds(seq * 600);
        String[] actions = {"SUBMIT", "FORWARD", "APPRAISE", "COUNCIL", "DECIDE", "PUBLISH"};
        return new Document("_id", tenant + ":" + seq).append("chain", tenant).append("sequence", seq)
                .append("eventId", UUID.nameUUIDFromBytes(("au" + i).getBytes()).toString())
                .append("subjectType", "DOSSIER").append("subjectId", dossierId(r.nextInt(Math.max(1, (int) i + 1))))
                .append("tenant", tenant).append("unitPath", List.of(tenant, district(tenant, r.nextInt(DISTRICTS))))
                .append("action", actions[r.nextInt(actions.length)]).append("fromStatus", "IN_REVIEW")
                .append("toStatus", "IN_APPRAISAL").append("reason", null)
                .append("details", new Document("stop", "1").append("holder", tenant))
                .append("actorSubject", UUID.nameUUIDFromBytes(("actor" + r.nextInt(500)).getBytes()).toString())
                .append("actorUsername", "officer" + r.nextInt(500)).append("actorRoles", List.of("district-officer"))
                .append("actorUnitCode", district(tenant, r.nextInt(DISTRICTS))).append("actorUnitLevel", "district")
                .append("at", at(at)).append("requestId", UUID.nameUUIDFromBytes(("rq" + i).getBytes()).toString())
                .append("previousHash", Long.toHexString(r.nextLong()) + Long.toHexString(r.nextLong()) + Long.toHexString(r.nextLong()) + Long.toHexString(r.nextLong()))
                .append("hash", Long.toHexString(r.nextLong()) + Long.toHexString(r.nextLong()) + Long.toHexString(r.nextLong()) + Long.toHexString(r.nextLong()));
    }

    // ------------------------------------------------------------------------------------------------ campaigns

    static Document campaign(long k) {
        Random r = new Random(k * 131 + 3);
        String tenant = tenant(k);
        long perTenant = k / TENANTS.length;
        int startYear = 2021 + (int) (perTenant % 6);
        String status = perTenant % 7 == 0 ? "DRAFT" : perTenant % 5 == 0 ? "CLOSED" : "LAUNCHED";
        List<Document> targets = new ArrayList<>();
        for (int x = 0; x < 6; x++) {
            targets.add(new Document("code", "CT" + x).append("indicator", "IND_" + x)
                    .append("name", "Chỉ tiêu " + x + ": tỷ lệ xã đạt chuẩn nông thôn mới nâng cao")
                    .append("unit", "%").append("value", 50 + r.nextInt(50)).append("byYear", startYear + 4));
        }
        List<Document> steps = new ArrayList<>();
        for (int s = 1; s <= 3; s++) {
            steps.add(new Document("order", s).append("name", "Bước " + s)
                    .append("from", List.of(new Document("level", s == 1 ? "COMMUNE" : "DISTRICT")))
                    .append("to", new Document("level", s == 3 ? "PROVINCE" : "DISTRICT").append("office", "Phòng Nội vụ"))
                    .append("deadline", new Document("day", 5 * s).append("month", 12)).append("yearOffset", 0)
                    .append("lateSubmission", "FLAG"));
        }
        Document plan = new Document("code", "PT-" + tenant + "-" + String.format("%05d", perTenant))
                .append("name", "Phong trào thi đua \"Chung tay vì người nghèo – không để ai bị bỏ lại phía sau\" giai đoạn "
                        + startYear + "–" + (startYear + 4))
                .append("kind", perTenant % 3 == 0 ? "THEMATIC" : "REGULAR").append("level", "PROVINCE")
                .append("startsOn", day(LocalDate.of(startYear, 1, 1))).append("endsOn", day(LocalDate.of(startYear + 4, 12, 31)))
                .append("purpose", "Động viên các tầng lớp nhân dân thi đua hoàn thành các mục tiêu giảm nghèo bền vững.")
                .append("targets", targets)
                .append("categories", List.of(new Document("code", "XA").append("name", "Xã").append("nomineeType", "COLLECTIVE")
                        .append("criteria", List.of(criterion("NTM", "Đạt chuẩn nông thôn mới", "STATUS_FLAG", "NTM")))))
                .append("offers", List.of(new Document("formCode", "BANG_KHEN_TINH").append("categoryCodes", List.of("XA"))
                        .append("rules", List.of(rule("QUOTA", "Mỗi huyện không quá 10 hồ sơ",
                                new Document("unitType", "DISTRICT"))))))
                .append("calendar", new Document("chains", List.of(new Document("kind", "DOSSIER").append("steps", steps))));
        return new Document("_id", campaignId(k)).append("tenant", tenant)
                .append("unitPath", List.of(tenant)).append("ownerUnitCode", tenant).append("status", status)
                .append("plan", plan).append("version", 3L).append("createdBy", "u-" + tenant + "-1")
                .append("createdAt", at(Instant.parse(startYear - 1 + "-11-01T02:00:00Z")))
                .append("updatedAt", at(Instant.parse(startYear - 1 + "-12-01T02:00:00Z")))
                .append("_class", "vn.thidua.campaign.campaigns.Campaign");
    }

    // ------------------------------------------------------------------------------------------------ registry

    /** All units of one province: province, agencies, districts (until 30/6/2025), communes (from 1/7/2025). */
    static List<Document> units(String tenant) {
        List<Document> all = new ArrayList<>();
        all.add(unit("PROVINCE", tenant, "Tỉnh " + tenant, null, tenant, List.of(tenant), "2025-07-01", null));
        for (int a = 0; a < AGENCIES; a++) {
            all.add(unit("AGENCY", agency(tenant, a), "Sở " + a + " tỉnh " + tenant, tenant, tenant,
                    List.of(tenant, agency(tenant, a)), "2025-07-01", null));
        }
        for (int d = 0; d < DISTRICTS; d++) {
            all.add(unit("DISTRICT", district(tenant, d), "Huyện " + d + " tỉnh " + tenant, tenant, tenant,
                    List.of(tenant, district(tenant, d)), "2008-01-01", "2025-06-30"));
        }
        for (int c = 0; c < COMMUNES; c++) {
            all.add(unit("COMMUNE", commune(tenant, c), "Xã " + c + " tỉnh " + tenant, tenant, tenant,
                    List.of(tenant, commune(tenant, c)), "2025-07-01", null));
        }
        return all;
    }

    static String unitId(String level, String code, String validFrom) {
        return level + ":" + code + ":" + validFrom;
    }

    private static Document unit(String level, String code, String name, String parent, String tenant,
            List<String> path, String validFrom, String validTo) {
        String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').toLowerCase();
        return new Document("_id", unitId(level, code, validFrom)).append("code", code).append("level", level)
                .append("type", level).append("name", name).append("names", null).append("parentCode", parent)
                .append("provinceCode", tenant).append("tenant", tenant).append("path", path)
                .append("validFrom", validFrom).append("validTo", validTo).append("official", true)
                .append("searchKey", folded).append("searchKeys", List.of(folded.split(" ")))
                .append("version", 0L).append("_class", "vn.thidua.registration.units.Unit");
    }

    static Document registration(long i, int campaigns) {
        Random r = new Random(i * 613 + 11);
        String tenant = tenant(i);
        long j = i / TENANTS.length;
        int c = (int) (j % COMMUNES);
        int year = 2021 + (int) ((j / COMMUNES) % 10);
        String campaignId = campaignOf(tenant, j / (COMMUNES * 10L), campaigns);
        String commune = commune(tenant, c);
        String district = communeDistrict(tenant, c);
        String[] statuses = {"DRAFT", "SUBMITTED", "FORWARDED", "ACCEPTED", "ACCEPTED", "ACCEPTED", "RETURNED"};
        String status = statuses[r.nextInt(statuses.length)];
        Instant created = Instant.parse(year + "-02-01T02:00:00Z").plusSeconds(r.nextInt(30 * 86_400));
        List<Document> commitments = new ArrayList<>();
        for (int x = 0; x < 4; x++) {
            commitments.add(new Document("indicator", "IND_" + x).append("target", new Decimal128(50 + r.nextInt(50)))
                    .append("unit", "%").append("note", "Phấn đấu hoàn thành chỉ tiêu " + x));
        }
        List<Document> history = List.of(
                new Document("action", "CREATE").append("from", null).append("to", "DRAFT").append("by", "u-" + tenant)
                        .append("byUnit", commune).append("at", at(created)).append("reason", null).append("late", null),
                new Document("action", "SUBMIT").append("from", "DRAFT").append("to", "SUBMITTED").append("by", "u-" + tenant)
                        .append("byUnit", commune).append("at", at(created.plusSeconds(86_400))).append("reason", null)
                        .append("late", false));
        return new Document("_id", registrationId(i)).append("tenant", tenant)
                .append("unitPath", List.of(tenant, commune)).append("campaignId", campaignId)
                .append("campaignCode", "PT-" + tenant).append("year", year).append("unitCode", commune)
                .append("unitName", "UBND xã " + commune).append("unitLevel", "COMMUNE").append("status", status)
                .append("commitments", commitments).append("awardForms", List.of("BANG_KHEN_TINH"))
                .append("note", "Đăng ký thi đua năm " + year).append("reviewerCode", district)
                .append("reviewerOffice", "Phòng Nội vụ")
                .append("route", new Document("stepOrder", 1).append("stepName", "Xã đăng ký với huyện")
                        .append("how", "CHAIN").append("latePolicy", "FLAG"))
                .append("deadline", year + "-03-31").append("late", false).append("submittedAt", at(created.plusSeconds(86_400)))
                .append("recipients", List.of(district)).append("forwardedBy", List.of()).append("batchIds", List.of())
                .append("history", history).append("version", 2L).append("createdBy", "u-" + tenant)
                .append("createdAt", at(created)).append("updatedBy", "u-" + tenant)
                .append("updatedAt", at(created.plusSeconds(86_400))).append("changeSeq", i + 1)
                .append("changedAt", at(created.plusSeconds(86_400)))
                .append("_class", "vn.thidua.registration.registrations.Registration");
    }

    static Document progress(long i, int registrations, int campaigns) {
        Random r = new Random(i * 997 + 1);
        long reg = registrations == 0 ? 0 : i % registrations;
        Document registration = registration(reg, campaigns);
        String tenant = registration.getString("tenant");
        Instant at = Instant.parse(registration.getInteger("year") + "-06-30T02:00:00Z");
        return new Document("_id", new UUID(0x70726f6772657373L, i).toString()).append("tenant", tenant)
                .append("unitPath", registration.get("unitPath")).append("unitCode", registration.get("unitCode"))
                .append("unitName", registration.get("unitName")).append("campaignId", registration.get("campaignId"))
                .append("registrationId", registration.get("_id")).append("indicator", "IND_" + (i % 4))
                .append("value", new Decimal128(java.math.BigDecimal.valueOf(r.nextInt(1000), 1)))
                .append("unitOfMeasure", "%").append("measuredOn", registration.getInteger("year") + "-06-30")
                .append("note", "Kết quả 6 tháng").append("evidence", List.of()).append("version", 0L)
                .append("createdBy", "u-" + tenant).append("createdAt", at(at)).append("updatedAt", at(at))
                .append("changeSeq", i + 1).append("changedAt", at(at))
                .append("_class", "vn.thidua.registration.progress.ProgressRecord");
    }
}
