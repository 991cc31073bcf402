package vn.thidua.benchmarks.volume;

import static vn.thidua.benchmarks.volume.VolumeData.TENANTS;
import static vn.thidua.benchmarks.volume.VolumeData.agency;
import static vn.thidua.benchmarks.volume.VolumeData.at;
import static vn.thidua.benchmarks.volume.VolumeData.campaignOf;
import static vn.thidua.benchmarks.volume.VolumeData.criterion;
import static vn.thidua.benchmarks.volume.VolumeData.day;
import static vn.thidua.benchmarks.volume.VolumeData.dossierId;
import static vn.thidua.benchmarks.volume.VolumeData.rule;
import static vn.thidua.benchmarks.volume.VolumeData.tenant;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.bson.Document;

/**
 * The award database's dossiers, in the shape Spring Data writes {@code Dossier} (with its {@code RuleSnapshot},
 * {@code RouteStop}, {@code Finding}, {@code CouncilResult}, {@code StoredAttachment} and {@code TransitionRecord}:
 * field names and enum constants checked against award-service). Apart from {@link VolumeData} because a dossier is
 * by far the largest document and the only one with a status workflow. Its unit is a real commune of its province
 * ({@link VolumeUnits}; one in 20 of a demo province's dossiers is the demo commune's), its path province → commune
 * as after the 2025 reform, its route the province's standing agency then the province. A decided dossier points at
 * its {@link VolumeAwards#decisionOf decision}. Deterministic like the rest: dossier i is the same in every run.
 */
final class VolumeDossiers {

    static final String[] STATUSES = {"DRAFT", "IN_REVIEW", "RETURNED", "REJECTED", "IN_APPRAISAL",
        "AWAITING_COUNCIL", "APPROVED", "NOT_APPROVED", "PROPOSED_TO_STATE", "DECIDED", "PUBLISHED", "REVOKED"};
    /** Weights (per 100) of the statuses above. */
    static final int[] STATUS_WEIGHTS = {6, 8, 3, 4, 4, 3, 5, 3, 2, 7, 54, 1};
    static final String[][] FORMS = {
        {"GIAY_KHEN_XA", "Giấy khen của Chủ tịch UBND xã", "COMMUNE"},
        {"GIAY_KHEN_HUYEN", "Giấy khen của Chủ tịch UBND huyện", "DISTRICT"},
        {"BANG_KHEN_TINH", "Bằng khen của Chủ tịch UBND tỉnh", "MINISTRY_OR_PROVINCE"},
        {"CO_THI_DUA_TINH", "Cờ thi đua của UBND tỉnh", "MINISTRY_OR_PROVINCE"},
        {"TAP_THE_LAO_DONG_XUAT_SAC", "Danh hiệu Tập thể lao động xuất sắc", "MINISTRY_OR_PROVINCE"},
        {"BANG_KHEN_TTCP", "Bằng khen của Thủ tướng Chính phủ", "STATE"}};
    static final String[] OCCASIONS = {"ANNUAL", "ANNUAL", "ANNUAL", "MID_TERM_REVIEW", "FINAL_REVIEW",
        "ON_ACHIEVEMENT"};
    static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Lò", "Nông",
        "Lường", "Hà"};
    static final String[] GIVEN = {"Văn An", "Thị Bình", "Văn Cường", "Thị Dung", "Đức Giang", "Thị Hoa", "Văn Hùng",
        "Thị Lan", "Minh Long", "Thị Mai", "Văn Nam", "Thị Oanh", "Quốc Phong", "Thị Quyên", "Văn Sơn", "Thị Thu"};
    static final String SUMMARY = "Trong năm, đơn vị đã lãnh đạo nhân dân hoàn thành vượt mức các chỉ tiêu phát "
        + "triển kinh tế – xã hội; thu nhập bình quân đầu người tăng %d%% so với năm trước; tỷ lệ hộ nghèo giảm còn "
        + "%d,%d%%; hoàn thành %d/19 tiêu chí nông thôn mới nâng cao; xây dựng %d km đường giao thông nông thôn bằng "
        + "nguồn vốn Nhà nước và nhân dân cùng làm; %d sản phẩm OCOP đạt 3 sao trở lên; an ninh chính trị, trật tự "
        + "an toàn xã hội được giữ vững; công tác thi đua, khen thưởng được triển khai sâu rộng đến từng thôn, bản.";

    private VolumeDossiers() {
    }

    static String status(Random r) {
        int x = r.nextInt(100);
        for (int s = 0; s < STATUSES.length; s++) {
            x -= STATUS_WEIGHTS[s];
            if (x < 0) {
                return STATUSES[s];
            }
        }
        return "PUBLISHED";
    }

    static String person(Random r) {
        return SURNAMES[r.nextInt(SURNAMES.length)] + " " + GIVEN[r.nextInt(GIVEN.length)];
    }

    static Document dossier(long i, int campaigns, VolumeUnits units) {
        Random r = new Random(i * 7919 + 17);
        String tenant = tenant(i);
        long perTenant = i / TENANTS.length;
        String[] unit = units.commune(tenant, perTenant, r.nextInt(1 << 16));
        String commune = unit[0];
        String agency = agency(tenant);
        int year = 2021 + (int) (perTenant % 10);
        String campaignId = campaignOf(tenant, perTenant, campaigns);
        String[] form = FORMS[r.nextInt(FORMS.length)];
        String status = status(r);
        boolean individual = r.nextInt(3) > 0;
        Instant created = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28)).atStartOfDay(ZoneOffset.UTC)
                .toInstant().plusSeconds(r.nextInt(86_400));
        Instant updated = created.plusSeconds(3600L * (1 + r.nextInt(24 * 60)));

        Document nominee = new Document("type", individual ? "INDIVIDUAL" : "UNIT")
                .append("name", individual ? person(r) : "UBND " + unit[1])
                .append("personalId", individual ? String.format("%012d", Math.abs(r.nextLong() % 1_000_000_000_000L)) : null)
                .append("birthDate", individual ? day(LocalDate.of(1960 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28))) : null)
                .append("gender", individual ? (r.nextBoolean() ? "Nam" : "Nữ") : null)
                .append("position", individual ? "Bí thư Chi bộ thôn" : null)
                .append("workplace", individual ? "Thôn " + (1 + r.nextInt(15)) + ", " + unit[1] : null)
                .append("unitCode", individual ? null : commune)
                .append("address", unit[1] + ", " + units.provinceName(tenant));

        List<Document> route = List.of(
                stop(0, agency, "AGENCY", "Văn phòng thường trực", "REVIEW", "standing-agency-officer", year, 1,
                        "Xã trình cơ quan thường trực"),
                stop(1, tenant, "PROVINCE", "Sở Nội vụ", "APPRAISAL", "appraiser", year, 2, "Trình Sở Nội vụ"));
        int stopIndex = switch (status) {
            case "DRAFT", "RETURNED", "IN_REVIEW" -> 0;
            default -> 1;
        };
        String holder = status.equals("DRAFT") || status.equals("RETURNED") ? commune
                : route.get(stopIndex).getString("unitCode");

        List<Document> transitions = new ArrayList<>();
        String[][] flow = {{"SUBMIT", "DRAFT", "IN_REVIEW"}, {"FORWARD", "IN_REVIEW", "IN_APPRAISAL"}, {"APPRAISE", "IN_APPRAISAL", "AWAITING_COUNCIL"},
            {"COUNCIL", "AWAITING_COUNCIL", "APPROVED"}, {"DECIDE", "APPROVED", "DECIDED"},
            {"PUBLISH", "DECIDED", "PUBLISHED"}};
        int steps = switch (status) {
            case "DRAFT" -> 0;
            case "IN_REVIEW", "RETURNED", "REJECTED" -> 1 + stopIndex;
            case "IN_APPRAISAL" -> 2;
            case "AWAITING_COUNCIL" -> 3;
            case "APPROVED", "NOT_APPROVED", "PROPOSED_TO_STATE" -> 4;
            case "DECIDED" -> 5;
            default -> 6;
        };
        Instant t = created;
        for (int s = 0; s < steps; s++) {
            t = t.plusSeconds(3600L * (1 + r.nextInt(72)));
            transitions.add(new Document("eventId", UUID.nameUUIDFromBytes(("ev" + i + ":" + s).getBytes()).toString())
                    .append("action", flow[s][0]).append("fromStatus", flow[s][1]).append("toStatus", flow[s][2])
                    .append("reason", s == 1 ? "Hồ sơ đầy đủ, đề nghị cấp trên xem xét" : null)
                    .append("actor", "u-" + tenant + "-" + r.nextInt(200))
                    .append("actorUnitCode", s == 0 ? commune : route.get(Math.min(s - 1, 1)).getString("unitCode"))
                    .append("at", at(t)).append("audited", true));
        }

        List<Document> findings = List.of(
                finding("ELIGIBILITY", "PASS", "Đối tượng thuộc phạm vi khen thưởng của phong trào",
                        "The nominee is within the campaign's scope", "Điều 24 Luật Thi đua, khen thưởng 2022", null),
                finding("CRITERION:NTM", "PASS", "Đạt chuẩn nông thôn mới nâng cao",
                        "Meets the advanced new-rural standard", "Quyết định 318/QĐ-TTg", null),
                finding("THRESHOLD", r.nextInt(10) == 0 ? "WARN" : "PASS",
                        "Thu nhập bình quân đạt ngưỡng quy định", "Average income meets the threshold",
                        "Nghị định 152/2025/NĐ-CP", new Document("value", 52.5 + r.nextInt(20)).append("threshold", 50.0)),
                finding("QUOTA", "PASS", "Còn chỉ tiêu khen thưởng của cấp xã", "Quota remains at commune level",
                        "Kế hoạch thi đua của tỉnh", new Document("used", r.nextInt(8)).append("max", 10)),
                finding("DEADLINE", "PASS", "Nộp đúng hạn", "Submitted on time",
                        "Kế hoạch thi đua của tỉnh", null));

        Document rules = new Document("campaignId", campaignId).append("campaignVersion", "3")
                .append("campaignCode", "PT-" + tenant + "-" + year)
                .append("campaignName", "Phong trào thi đua \"Cả nước chung tay xây dựng nông thôn mới\" tỉnh " + tenant)
                .append("standingAgencyCode", agency)
                .append("receivedOn", day(LocalDate.of(year, 11, 15)))
                .append("rulesInForceOn", day(LocalDate.of(year, 11, 15)))
                .append("category", new Document("code", individual ? "CA_NHAN" : "XA")
                        .append("name", individual ? "Cá nhân tiêu biểu" : "Xã")
                        .append("nomineeType", individual ? "INDIVIDUAL" : "COLLECTIVE")
                        .append("unitType", individual ? null : "COMMUNE")
                        .append("criteria", List.of(
                                criterion("NTM", "Đạt chuẩn nông thôn mới nâng cao", "STATUS_FLAG", "NTM_NANG_CAO"),
                                criterion("THU_NHAP", "Thu nhập bình quân đầu người từ 50 triệu đồng/năm",
                                        "NUMERIC_THRESHOLD", null),
                                criterion("HO_NGHEO", "Tỷ lệ hộ nghèo dưới 3%", "NUMERIC_THRESHOLD", null),
                                criterion("AN_NINH", "Giữ vững an ninh, trật tự", "JUDGEMENT", null))))
                .append("offer", new Document("formCode", form[0]).append("categoryCodes", List.of("XA", "CA_NHAN"))
                        .append("occasions", List.of("ANNUAL", "FINAL_REVIEW")).append("note", null)
                        .append("rules", List.of(
                                rule("ONCE_PER_NOMINEE", "Mỗi xã chỉ được tặng một lần trong phong trào", null),
                                rule("QUOTA", "Mỗi huyện không quá 10 hồ sơ mỗi năm",
                                        new Document("unitType", "DISTRICT").append("unitCode", null).append("statusAnyOf", null)),
                                rule("THRESHOLD", "Đóng góp từ 500 triệu đồng", null))))
                .append("form", new Document("code", form[0]).append("name", form[1]).append("kind", "MERIT")
                        .append("level", form[2]).append("decidedBy", List.of("decision-signer")).append("validTo", null));

        Document d = new Document("_id", dossierId(i))
                .append("tenant", tenant)
                .append("unitPath", List.of(tenant, commune))
                .append("routeUnits", status.equals("DRAFT") ? List.of() : List.of(agency, tenant))
                .append("holderUnitCode", holder)
                .append("campaignId", campaignId)
                .append("year", year)
                .append("occasion", OCCASIONS[r.nextInt(OCCASIONS.length)])
                .append("nominee", nominee)
                .append("categoryCode", individual ? "CA_NHAN" : "XA")
                .append("awardFormCode", form[0])
                .append("awardFormName", form[1])
                .append("proposingUnitCode", commune)
                .append("proposingUnitName", "UBND " + unit[1])
                .append("proposingLevel", "COMMUNE")
                .append("pathLevels", List.of(new Document("unitCode", tenant).append("level", "PROVINCE"),
                        new Document("unitCode", commune).append("level", "COMMUNE")))
                .append("achievementSummary", String.format(SUMMARY, 5 + r.nextInt(10), r.nextInt(4), r.nextInt(10),
                        15 + r.nextInt(5), 3 + r.nextInt(30), r.nextInt(9)))
                .append("achievementKey", "NTM-" + year)
                .append("figures", List.of(new Document("key", "AVERAGE_INCOME_MVND").append("value", 50.0 + r.nextInt(30)),
                        new Document("key", "POOR_HOUSEHOLD_RATE").append("value", r.nextInt(40) / 10.0)))
                .append("attachments", List.of(new Document("id", UUID.nameUUIDFromBytes(("att" + i).getBytes()).toString())
                        .append("fileName", "bao-cao-thanh-tich-" + year + ".pdf").append("contentType", "application/pdf")
                        .append("size", 100_000L + r.nextInt(2_000_000))
                        .append("sha256", Long.toHexString(r.nextLong()) + Long.toHexString(r.nextLong())
                                + Long.toHexString(r.nextLong()) + Long.toHexString(r.nextLong()))
                        .append("uploadedAt", at(created))))
                .append("rules", status.equals("DRAFT") ? null : rules)
                .append("route", route)
                .append("stopIndex", stopIndex)
                .append("status", status)
                .append("late", r.nextInt(20) == 0)
                .append("lateFlags", List.of())
                .append("findings", status.equals("DRAFT") ? null : findings)
                .append("council", steps >= 4 ? new Document("members", 9).append("present", 9)
                        .append("votesFor", 7 + r.nextInt(3)).append("votesAgainst", 0).append("abstentions", 0)
                        .append("secretBallot", true).append("meetingDate", day(LocalDate.of(year, 12, 10)))
                        .append("note", "Biên bản số BB-" + r.nextInt(1000) + "/HĐTĐKT")
                        .append("passed", !status.equals("NOT_APPROVED")).append("explanation", null)
                        .append("code", null).append("args", List.of()) : null)
                .append("decidedAtUnitCode", steps >= 5 ? tenant : null)
                .append("decisionId", steps >= 5 ? VolumeAwards.decisionId(VolumeAwards.decisionOf(i)) : null)
                .append("decisionNumber", steps >= 5 ? VolumeAwards.decisionNumber(VolumeAwards.decisionOf(i)) : null)
                .append("decisionIssuingBody", steps >= 5 ? "Chủ tịch UBND tỉnh" : null)
                .append("decisionSignedOn", steps >= 5 ? day(LocalDate.of(year, 12, 20)) : null)
                .append("prizeMoneyVnd", steps >= 5 ? 2_340_000L * (1 + r.nextInt(5)) : null)
                .append("quotaKeys", status.equals("DRAFT") ? List.of()
                        : List.of(campaignId + "|" + form[0] + "|1|" + commune + "|COMMUNE|Y" + year))
                .append("claimKeys", status.equals("DRAFT") ? List.of()
                        : List.of("ONCE|" + campaignId + "|" + form[0] + "|" + (individual ? "P:" + nominee.getString("personalId") : "U:" + commune),
                                "ACH|" + campaignId + "|" + year + "|ANNUAL|" + (individual ? "P:" + nominee.getString("personalId") : "U:" + commune)))
                .append("transitions", transitions)
                .append("version", (long) steps)
                .append("createdBy", "u-" + tenant + "-" + r.nextInt(200))
                .append("createdAt", at(created))
                .append("updatedAt", at(updated))
                .append("_class", "vn.thidua.award.dossiers.Dossier");
        return d;
    }

    private static Document stop(int index, String unit, String level, String office, String kind, String role,
            int year, int step, String stepName) {
        Document arrival = new Document("stepOrder", step).append("stepName", stepName)
                .append("date", day(LocalDate.of(year + (step == 3 ? 1 : 0), step == 3 ? 1 : 12, step == 3 ? 15 : 5 * step)))
                .append("latePolicy", "FLAG");
        return new Document("index", index).append("unitCode", unit).append("level", level).append("office", office)
                .append("kind", kind).append("role", role).append("arrival", arrival).append("decideBy", null);
    }

    private static Document finding(String rule, String outcome, String vi, String en, String legalBasis,
            Document numbers) {
        return new Document("rule", rule).append("outcome", outcome).append("message", new Document("vi", vi).append("en", en))
                .append("legalBasis", legalBasis).append("numbers", numbers == null ? new Document() : numbers);
    }
}
