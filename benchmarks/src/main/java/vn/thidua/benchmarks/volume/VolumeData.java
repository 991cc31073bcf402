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
 * Realistic documents of the campaign and registration databases, in the shape Spring Data writes the services'
 * types (field names and enum constants of campaign-service's {@code Campaign}, {@code CampaignPlan},
 * {@code ParticipantCategory}, {@code AwardOffer}, {@code AwardRule}, {@code Condition}, {@code StatusChange};
 * registration-service's {@code Registration}, {@code Commitment}, {@code ProgressRecord}; {@code _class};
 * {@code LocalDate} and {@code Instant} as dates), because a document a service cannot map turns a whole list into
 * a 500. Deterministic: document i is the same in every run. The dossiers are built by {@link VolumeDossiers}, the
 * rest of the award database by {@link VolumeAwards}, the units by {@link VolumeUnits}.
 *
 * <p>Spread: the 34 provinces (post-2025 codes, document i belongs to province i mod 34, so a province user's list
 * holds 1/34 of N), their real communes, years 2021–2030, statuses weighted as a live platform has them.
 */
final class VolumeData {

    /** The 34 provinces and cities after the 2025 merger (codes of the surviving units). */
    static final String[] TENANTS = {"01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31",
        "33", "37", "38", "40", "42", "44", "46", "48", "51", "52", "56", "66", "68", "75", "79", "80", "82", "86",
        "91", "92", "96"};
    /** One campaign in this many is a national campaign (tenant null), which every province sees once launched. */
    static final int NATIONAL_EVERY = 10;

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

    static String tenant(long i) {
        return TENANTS[(int) (i % TENANTS.length)];
    }

    /** The standing agency (Sở Nội vụ) of a province: a registered unit code ({@code <tenant>-<letters>}). */
    static String agency(String tenant) {
        return tenant + "-SNV";
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

    /** A criterion with its condition ({@code ConditionKind}, {@code Comparison} constants). */
    static Document criterion(String code, String text, String kind, String flag) {
        boolean numeric = flag == null && !kind.equals("JUDGEMENT");
        return new Document("code", code).append("text", text).append("condition", new Document("kind", kind)
                .append("flag", flag).append("indicator", numeric ? code : null)
                .append("comparison", numeric ? "AT_LEAST" : null).append("value", numeric ? 50.0 : null)
                .append("unit", numeric ? "triệu đồng" : null).append("consecutiveYears", null).append("text", text)
                .append("referenceYear", null));
    }

    /** An award rule ({@code RuleKind}, {@code Occasion}, {@code Match}, {@code Period} constants). */
    static Document rule(String kind, String description, Document per) {
        return new Document("kind", kind).append("description", description).append("nomineeType", null)
                .append("nomineeUnitType", "COMMUNE").append("occasions", List.of("ANNUAL")).append("per", per)
                .append("maxCount", per == null ? null : 10).append("split", null).append("rankBy", null)
                .append("conditions", List.of()).append("conditionsMatch", "ALL").append("baseSalaryMultiple", null)
                .append("householdMultipleOfIndividual", null).append("legalBasis", "Điều 8 Nghị định 152/2025/NĐ-CP")
                .append("validFrom", day(LocalDate.of(2021, 1, 1))).append("validTo", null).append("period", "YEAR")
                .append("onceScope", null);
    }

    // ------------------------------------------------------------------------------------------------ campaigns

    static boolean national(long k) {
        return k % NATIONAL_EVERY == NATIONAL_EVERY - 1;
    }

    static Document campaign(long k) {
        boolean national = national(k);
        String tenant = national ? null : tenant(k);
        String owner = national ? "VN" : tenant;
        long perTenant = k / TENANTS.length;
        int startYear = 2021 + (int) (perTenant % 6);
        String status = perTenant % 7 == 0 ? "DRAFT" : perTenant % 5 == 0 ? "CLOSED" : "LAUNCHED";
        Instant created = Instant.parse(startYear - 1 + "-11-01T02:00:00Z").plusSeconds(k);
        Instant launched = created.plusSeconds(30L * 86_400);
        Document plan = new Document("code", (national ? "PT-VN-" + tenant(k) + "-" : "PT-" + tenant + "-")
                + String.format("%05d", perTenant))
                .append("name", "Phong trào thi đua \"Chung tay vì người nghèo – không để ai bị bỏ lại phía sau\" giai đoạn "
                        + startYear + "–" + (startYear + 4))
                .append("level", national ? "NATIONAL" : "PROVINCE")
                .append("kind", perTenant % 3 == 0 ? "THEMATIC" : "REGULAR")
                .append("startYear", startYear).append("endYear", startYear + 4)
                .append("issuingDocument", new Document("number", (100 + perTenant % 800) + "/KH-UBND").append("type", "KH")
                        .append("date", day(LocalDate.of(startYear - 1, 11, 1))).append("signer", "Chủ tịch UBND")
                        .append("issuingBody", national ? "Thủ tướng Chính phủ" : "UBND tỉnh " + tenant)
                        .append("title", "Kế hoạch tổ chức phong trào thi đua"))
                .append("legalBasis", List.of()).append("ownerUnitCode", owner)
                .append("standingAgencyCode", national ? null : agency(tenant)).append("parentCampaignId", null)
                .append("intakeWindows", List.of()).append("targets", List.of())
                .append("categories", List.of(new Document("code", "XA").append("name", "Xã").append("nomineeType", "COLLECTIVE")
                        .append("unitType", "COMMUNE")
                        .append("criteria", List.of(criterion("NTM", "Đạt chuẩn nông thôn mới", "STATUS_FLAG", "NTM"),
                                criterion("THU_NHAP", "Thu nhập bình quân từ 50 triệu đồng/năm", "NUMERIC_THRESHOLD", null)))))
                .append("offers", List.of(new Document("formCode", "BANG_KHEN_TINH").append("categoryCodes", List.of("XA"))
                        .append("occasions", List.of("ANNUAL")).append("note", null)
                        .append("rules", List.of(rule("QUOTA", "Mỗi xã không quá 10 hồ sơ",
                                new Document("unitType", "COMMUNE").append("unitCode", null).append("statusAnyOf", null))))))
                .append("calendar", null);
        List<Document> history = status.equals("DRAFT") ? List.of()
                : List.of(new Document("from", "DRAFT").append("to", status.equals("CLOSED") ? "LAUNCHED" : status)
                        .append("by", "admin").append("at", at(launched)).append("note", null));
        return new Document("_id", campaignId(k)).append("plan", plan).append("status", status).append("tenant", tenant)
                .append("ownerUnitCode", owner).append("unitPath", List.of(owner)).append("history", history)
                .append("version", 3L).append("createdBy", "admin").append("createdAt", at(created))
                .append("updatedBy", "admin").append("updatedAt", at(launched))
                .append("_class", "vn.thidua.campaign.campaigns.Campaign");
    }

    // ------------------------------------------------------------------------------------------------ registrations

    private static final String[] REG_STATUSES = {"DRAFT", "SUBMITTED", "APPROVED", "APPROVED", "APPROVED",
        "RETURNED", "REJECTED"};

    /**
     * Registration i: commune (i / 34) mod (communes of the province), year and campaign following, so the unique
     * {@code one_per_unit} (tenant, campaign, year, unit) holds at every size.
     */
    static Document registration(long i, int campaigns, VolumeUnits units) {
        Random r = new Random(i * 613 + 11);
        String tenant = tenant(i);
        long j = i / TENANTS.length;
        int communes = units.communeCount(tenant);
        String[] commune = units.commune(tenant, 1, (int) (j % communes));
        int year = 2021 + (int) ((j / communes) % 10);
        String campaignId = campaignOf(tenant, j / (communes * 10L), campaigns);
        String status = REG_STATUSES[r.nextInt(REG_STATUSES.length)];
        Instant created = Instant.parse(year + "-02-01T02:00:00Z").plusSeconds(r.nextInt(30 * 86_400));
        Instant submitted = created.plusSeconds(86_400);
        List<Document> commitments = new ArrayList<>();
        for (int x = 0; x < 4; x++) {
            commitments.add(new Document("targetCode", "CT" + x).append("indicator", "IND_" + x)
                    .append("committedValue", new Decimal128(50 + r.nextInt(50))).append("unitOfMeasure", "%")
                    .append("note", "Phấn đấu hoàn thành chỉ tiêu " + x));
        }
        List<Document> history = new ArrayList<>();
        if (!status.equals("DRAFT")) {
            history.add(event("SUBMIT", "DRAFT", "SUBMITTED", tenant, commune[0], submitted));
            String action = switch (status) {
                case "APPROVED" -> "APPROVE";
                case "RETURNED" -> "RETURN";
                case "REJECTED" -> "REJECT";
                default -> null;
            };
            if (action != null) {
                history.add(event(action, "SUBMITTED", status, tenant, tenant, submitted.plusSeconds(5 * 86_400)));
            }
        }
        Instant updated = history.isEmpty() ? created : history.getLast().get("at", Date.class).toInstant();
        boolean sent = !status.equals("DRAFT");
        return new Document("_id", registrationId(i)).append("tenant", tenant)
                .append("unitPath", List.of(tenant, commune[0])).append("campaignId", campaignId)
                .append("campaignCode", "PT-" + tenant).append("year", year).append("unitCode", commune[0])
                .append("unitName", commune[1]).append("unitLevel", "COMMUNE").append("status", status)
                .append("commitments", commitments).append("awardForms", List.of("BANG_KHEN_TINH"))
                .append("note", "Đăng ký thi đua năm " + year).append("reviewerCode", sent ? tenant : null)
                .append("reviewerOffice", sent ? "Sở Nội vụ" : null)
                .append("route", sent ? new Document("stepOrder", 1).append("stepName", "Xã đăng ký với tỉnh")
                        .append("how", "PROVINCE").append("latePolicy", "FLAG") : null)
                .append("deadline", sent ? year + "-03-31" : null).append("late", false).append("outsideWindow", false)
                .append("submittedAt", sent ? at(submitted) : null)
                .append("recipients", sent ? List.of(tenant) : List.of()).append("forwardedBy", List.of())
                .append("batchIds", List.of()).append("history", history).append("version", (long) history.size())
                .append("createdBy", "u-" + commune[0]).append("createdAt", at(created))
                .append("updatedBy", "u-" + commune[0]).append("updatedAt", at(updated)).append("changeSeq", i + 1)
                .append("changedAt", at(updated))
                .append("_class", "vn.thidua.registration.registrations.Registration");
    }

    private static Document event(String action, String from, String to, String tenant, String unit, Instant at) {
        return new Document("action", action).append("from", from).append("to", to).append("by", "u-" + tenant)
                .append("byUnit", unit).append("at", at(at)).append("reason", null).append("late", false);
    }

    static Document progress(long i, int registrations, int campaigns, VolumeUnits units) {
        Random r = new Random(i * 997 + 1);
        long reg = registrations == 0 ? 0 : i % registrations;
        Document registration = registration(reg, campaigns, units);
        String tenant = registration.getString("tenant");
        int year = registration.getInteger("year");
        // Two measurements a year per indicator, so (unit, indicator, measuredOn) differs between records.
        String measuredOn = year + ((i / Math.max(1, registrations)) % 2 == 0 ? "-06-30" : "-12-31");
        Instant at = Instant.parse(measuredOn + "T02:00:00Z");
        return new Document("_id", new UUID(0x70726f6772657373L, i).toString()).append("tenant", tenant)
                .append("unitPath", registration.get("unitPath")).append("unitCode", registration.get("unitCode"))
                .append("unitName", registration.get("unitName")).append("campaignId", registration.get("campaignId"))
                .append("registrationId", registration.get("_id")).append("indicator", "IND_" + (i % 4))
                .append("value", new Decimal128(java.math.BigDecimal.valueOf(r.nextInt(1000), 1)))
                .append("unitOfMeasure", "%").append("measuredOn", measuredOn)
                .append("note", "Kết quả đo lường").append("evidence", List.of()).append("version", 0L)
                .append("createdBy", "u-" + tenant).append("createdAt", at(at)).append("updatedAt", at(at))
                .append("changeSeq", i + 1).append("changedAt", at(at))
                .append("_class", "vn.thidua.registration.progress.ProgressRecord");
    }
}
