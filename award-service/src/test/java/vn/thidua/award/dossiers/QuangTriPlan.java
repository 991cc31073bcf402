package vn.thidua.award.dossiers;

/**
 * A province plan that is not a seed, written as a new user would enter it: Quảng Trị (tenant 44) after the 2025
 * reform (no districts), households that contributed at least 50 million đồng get the Chairman's Bằng khen, once
 * per household, at most three per commune; no submission chain of its own (the schedule defaults it).
 */
final class QuangTriPlan {

    static final String CAMPAIGN = "qt-ntm-2026";
    static final String TENANT = "44";
    static final String COMMUNE = "19999";
    static final String AGENCY = "44-SXD";

    private QuangTriPlan() {
    }

    static ServicesFixture serve(ServicesFixture services) {
        return services
                .answer("/api/v1/campaigns/" + CAMPAIGN, CAMPAIGN_JSON)
                .answer("/api/v1/campaigns/" + CAMPAIGN + "/schedule?year=2026", SCHEDULE_2026)
                .answer("/api/v1/award-catalogue/BANG_KHEN_CAP_BO_TINH", """
                        {"code":"BANG_KHEN_CAP_BO_TINH","name":"Bằng khen của Chủ tịch UBND tỉnh","kind":"BANG_KHEN",
                         "level":"MINISTRY_OR_PROVINCE","decidedBy":null,"validTo":null}""")
                .unit(TENANT, "PROVINCE", "Tỉnh Quảng Trị", TENANT, TENANT)
                .unit(COMMUNE, "COMMUNE", "Xã Cam Lộ", TENANT, TENANT, COMMUNE)
                .unit(AGENCY, "AGENCY", "Sở Xây dựng", TENANT, TENANT, AGENCY);
    }

    static final String CAMPAIGN_JSON = """
            {"id":"qt-ntm-2026","code":"QT-NTM-2026","name":"Quảng Trị chung sức xây dựng nông thôn mới 2026-2030",
             "status":"ACTIVE","tenant":"44","startYear":2026,"endYear":2030,"standingAgencyCode":null,
             "categories":[{"code":"HOUSEHOLDS","name":"Hộ gia đình","nomineeType":"HOUSEHOLD","unitType":null,
               "criteria":[{"code":"CONTRIB","text":"Đóng góp từ 50 triệu đồng trở lên",
                 "condition":{"kind":"NUMERIC_THRESHOLD","indicator":"CONTRIBUTION_VND","comparison":"AT_LEAST",
                   "value":50000000,"unit":"đồng"}}]}],
             "offers":[{"formCode":"BANG_KHEN_CAP_BO_TINH","categoryCodes":["HOUSEHOLDS"],"occasions":null,
               "rules":[
                 {"kind":"ONCE_PER_NOMINEE","description":"Mỗi hộ được tặng một lần","legalBasis":"06/2022/QH15"},
                 {"kind":"QUOTA","description":"Mỗi xã tối đa 03 hộ","per":{"unitType":"COMMUNE"},"maxCount":3,
                  "legalBasis":"Kế hoạch 21/KH-UBND"}]}],
             "calendar":{"chains":[]},"version":7}""";

    /** The resolved schedule campaign-service answers for 2026: no chain of its own, so a defaulted one. */
    static final String SCHEDULE_2026 = """
            {"campaignId":"qt-ntm-2026","campaignVersion":7,"year":2026,"timeZone":"Asia/Ho_Chi_Minh",
             "standingAgencyCode":null,"tenant":"44",
             "chains":[{"kind":"DOSSIER","defaulted":true,"steps":[
               {"order":1,"name":"Trình Sở Nội vụ","from":[{"level":"ANY"}],"to":{"level":"PROVINCE"},
                "deadline":null,"latePolicy":"FLAG"}]}],
             "intakeWindows":[],"milestones":[],
             "appraisal":{"workingDays":10,"legalBasis":"cấu hình thidua.campaigns.appraisal-working-days"}}""";
}
