package vn.thidua.reporting.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;

/** Vietnamese names of statuses and award levels, in the order an official reads them. */
final class Labels {

    static final Map<String, String> CAMPAIGN = ordered(
            "DRAFT", "Dự thảo", "LAUNCHED", "Đã phát động", "MID_TERM_REVIEW", "Sơ kết",
            "FINAL_REVIEW", "Tổng kết", "CLOSED", "Đã kết thúc");
    static final Map<String, String> REGISTRATION = ordered(
            "DRAFT", "Nháp", "SUBMITTED", "Chờ duyệt", "APPROVED", "Đã duyệt", "RETURNED", "Trả lại để sửa",
            "REJECTED", "Không duyệt");
    static final Map<String, String> DOSSIER = ordered(
            "DRAFT", "Dự thảo", "IN_REVIEW", "Đang xét", "RETURNED", "Trả lại để bổ sung",
            "REJECTED", "Không đề nghị", "IN_APPRAISAL", "Đang thẩm định", "AWAITING_COUNCIL", "Chờ Hội đồng",
            "APPROVED", "Đã thông qua", "NOT_APPROVED", "Hội đồng không thông qua",
            "PROPOSED_TO_STATE", "Đã trình cấp Nhà nước", "RETURNED_TO_PROVINCE", "Trung ương trả lại tỉnh",
            "STATE_APPRAISED", "Trung ương thẩm định đạt", "DECIDED", "Đã có quyết định",
            "PUBLISHED", "Đã công bố", "REVOKED", "Đã thu hồi");
    static final Map<String, String> LEVEL = ordered(
            "COMMUNE", "Cấp xã", "DISTRICT", "Cấp huyện", "MINISTRY_OR_PROVINCE", "Cấp bộ, ngành, tỉnh",
            "STATE", "Cấp Nhà nước");
    static final Map<String, String> DECISION = ordered(
            "ISSUED", "Đã ký", "PUBLISHED", "Đã công bố", "REVOKED", "Thu hồi");

    private Labels() {
    }

    static String of(Map<String, String> labels, String code) {
        return labels.getOrDefault(code, code);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
