package vn.thidua.award.checks;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import vn.thidua.award.checks.Finding.Outcome;

/**
 * Every sentence the rule checks say, in one place, as message-bundle patterns (Vietnamese, English) keyed by a
 * code, so that moving them into {@code award-messages*.properties} is a copy: the patterns already follow
 * {@link MessageFormat} (a quote is written twice). Arguments are passed already formatted (numbers in Vietnamese
 * style, dates ISO) so the bundle needs no format types.
 */
final class CheckMessages {

    /** A sentence in both languages. */
    record Text(String vi, String en) {
    }

    private static final Map<String, Text> PATTERNS = Map.ofEntries(
            // eligibility
            Map.entry("eligibility.no-offer", new Text("Phong trào không có hình thức khen thưởng {0}.",
                    "The campaign does not offer {0}.")),
            Map.entry("eligibility.no-category", new Text("Đối tượng không thuộc nhóm đối tượng nào của phong trào.",
                    "The nominee belongs to no participant category of the campaign.")),
            Map.entry("eligibility.not-offered", new Text("Hình thức {0} không dành cho đối tượng \"{1}\".",
                    "{0} is not offered to \"{1}\".")),
            Map.entry("eligibility.wrong-type", new Text("Đối tượng \"{0}\" là {1}, hồ sơ đề nghị cho {2}.",
                    "Category \"{0}\" is for {1}, the dossier proposes a {2}.")),
            Map.entry("eligibility.pass", new Text("Đối tượng \"{0}\" được đề nghị {1}.",
                    "Category \"{0}\" may be proposed for {1}.")),
            // conditions: parts of a sentence
            Map.entry("criterion", new Text("Tiêu chí \"{0}\": {1}.", "Criterion \"{0}\": {1}.")),
            Map.entry("rule.PASS", new Text("Đạt tiêu chuẩn \"{0}\": {1}.", "Met: \"{0}\": {1}.")),
            Map.entry("rule.FAIL", new Text("Không đạt tiêu chuẩn \"{0}\": {1}.", "Not met: \"{0}\": {1}.")),
            Map.entry("rule.NEEDS_JUDGEMENT", new Text("Cần thẩm định tiêu chuẩn \"{0}\": {1}.",
                    "To be assessed: \"{0}\": {1}.")),
            Map.entry("join.ANY", new Text(" hoặc ", " or ")),
            Map.entry("join.ALL", new Text(" và ", " and ")),
            Map.entry("source.registry", new Text("số liệu ngày {0}", "measured {0}")),
            Map.entry("source.declared", new Text("kê khai trong hồ sơ", "declared in the dossier")),
            Map.entry("flag.unknown", new Text("{0} — chưa có số liệu {1}, cần thẩm định",
                    "{0} — no current value of {1}, to be confirmed by the reviewer")),
            Map.entry("flag.met", new Text("{0} — đạt ({1}: {2} = {3})", "{0} — met ({1}: {2} = {3})")),
            Map.entry("flag.not-met", new Text("{0} — chưa đạt ({1}: {2} = {3})",
                    "{0} — not met ({1}: {2} = {3})")),
            Map.entry("threshold.unknown", new Text("{0} — chưa có số liệu {1}, cần thẩm định",
                    "{0} — no value of {1}, to be confirmed by the reviewer")),
            Map.entry("threshold.met", new Text("{0}: {1} = {2}{3} — đạt (ngưỡng {4} {5}; {6})",
                    "{0}: {1} = {2}{3} — met (threshold {4} {5}; {6})")),
            Map.entry("threshold.not-met", new Text("{0}: {1} = {2}{3} — chưa đạt (ngưỡng {4} {5}; {6})",
                    "{0}: {1} = {2}{3} — not met (threshold {4} {5}; {6})")),
            Map.entry("rate.no-unit", new Text("{0} — không có chuỗi số liệu {1} của đơn vị theo năm, cần thẩm định",
                    "{0} — no yearly series of {1} for a unit, to be confirmed by the reviewer")),
            Map.entry("rate.basis.value", new Text("", "")),
            Map.entry("rate.basis.change", new Text(" thay đổi so với năm {0} (năm {0}: {1}, ngày {2})",
                    " change from {0} ({0}: {1}, measured {2})")),
            Map.entry("rate.met", new Text("{0} — đạt: {1}{2} {3} trong {4} năm liên tục {5}–{6} (số liệu cuối mỗi "
                    + "năm: {7})", "{0} — met: {1}{2} {3} in each of the {4} consecutive years {5}–{6} (latest "
                    + "value of each year: {7})")),
            Map.entry("rate.failed", new Text("{0} — chưa đạt: năm {3}, {1}{2} là {4} (ngày {5}), yêu cầu {6} trong "
                    + "các năm {7}–{8} (số liệu cuối mỗi năm: {9})", "{0} — not met: in {3}, {1}{2} was {4} "
                    + "(measured {5}), {6} needed in each year {7}–{8} (latest value of each year: {9})")),
            Map.entry("rate.missing", new Text("{0} — chưa có số liệu {1} các năm {2} (xét các năm {3}–{4}), cần thẩm "
                    + "định (số liệu có: {5})", "{0} — no value of {1} for {2} (years {3}–{4} considered), to be "
                    + "confirmed by the reviewer (values known: {5})")),
            Map.entry("judgement", new Text("{0} — do hội đồng, người thẩm định đánh giá",
                    "{0} — for the reviewer to judge")),
            // once only, one achievement one award
            Map.entry("once.no-key", new Text("Thiếu số định danh hoặc mã đơn vị của đối tượng nên không kiểm tra "
                    + "được quy định \"{0}\".", "The nominee has no personal id or unit code, so \"{0}\" cannot be "
                    + "checked.")),
            Map.entry("once.held", new Text("Đối tượng đã được đề nghị hoặc đã được tặng hình thức này {1} ({0}; căn "
                    + "cứ {2}), hồ sơ {3}.", "The nominee already has this award or a dossier for it in flight {1} "
                    + "({0}; legal basis {2}): dossier {3}.")),
            Map.entry("once.free", new Text("Chưa được tặng hình thức này {1}: {0} (căn cứ {2}).",
                    "Not yet awarded {1}: {0} (legal basis {2}).")),
            Map.entry("onceScope.CAMPAIGN", new Text("trong phong trào này", "in this campaign")),
            Map.entry("onceScope.LIFETIME", new Text("từ trước đến nay", "ever")),
            Map.entry("achievement.held", new Text("Thành tích ({0}) đã được dùng để đề nghị khen thưởng ở hồ sơ {1}; "
                    + "một thành tích chỉ khen thưởng một lần.", "The achievement ({0}) already backs dossier {1}; "
                    + "one achievement is awarded once.")),
            Map.entry("achievement.free", new Text("Thành tích ({0}) chưa được khen thưởng.",
                    "The achievement ({0}) has not backed an award.")),
            // quotas
            Map.entry("quota.status-not-held", new Text("Không áp dụng chỉ tiêu \"{0}\": {1} không có trạng thái {2} "
                    + "(số liệu ngày {3}).", "Quota does not apply: \"{0}\": {1} holds none of {2} (measured {3}).")),
            Map.entry("quota.status-unknown", new Text("Chưa có số liệu trạng thái {2} của {1} nên chưa áp dụng chỉ "
                    + "tiêu \"{0}\".", "No current value of {2} for {1}, so the quota is not applied: \"{0}\".")),
            Map.entry("quota.no-such-level", new Text("Chỉ tiêu \"{0}\" tính theo {1}; năm {2} đơn vị đề nghị {3} không "
                    + "thuộc {1} nào nên chỉ tiêu này không áp dụng cho hồ sơ.", "Quota \"{0}\" is counted per {1}; "
                    + "in {2} the proposing unit {3} belongs to no {1}, so the quota does not concern this dossier.")),
            Map.entry("quota.exceeded", new Text("Vượt chỉ tiêu \"{0}\": đã dùng {1}/{2} cho {3}, {4} (tính cả hồ sơ "
                    + "đang xét và đã khen thưởng).", "Quota exceeded: \"{0}\": {1} of {2} used for {3}, {4} "
                    + "(counting dossiers in flight and awarded).")),
            Map.entry("quota.within", new Text("Trong chỉ tiêu \"{0}\": {1}/{2} cho {3}, {4} (tính cả hồ sơ đang xét "
                    + "và đã khen thưởng).", "Within quota \"{0}\": {1} of {2} for {3}, {4} (counting dossiers in "
                    + "flight and awarded).")),
            Map.entry("period.CAMPAIGN", new Text("cả giai đoạn phong trào", "over the whole campaign")),
            Map.entry("period.YEAR", new Text("năm {0}", "in {0}")),
            Map.entry("period.OCCASION", new Text("đợt {1} năm {0}", "{1} of {0}")),
            Map.entry("occasion.ANNUAL", new Text("hằng năm", "the annual round")),
            Map.entry("occasion.MID_TERM_REVIEW", new Text("sơ kết", "the mid-term review")),
            Map.entry("occasion.FINAL_REVIEW", new Text("tổng kết", "the final review")),
            Map.entry("occasion.ON_ACHIEVEMENT", new Text("khen thưởng theo thành tích", "awards on achievement")),
            // registered commitments (chỉ tiêu đăng ký) against results
            Map.entry("commitment.met", new Text("Chỉ tiêu đăng ký \"{0}\" năm {6}: đăng ký {2} {3}, thực hiện {4} {3} "
                    + "({1}, số liệu ngày {5}) — đạt.", "Registered commitment \"{0}\" for {6}: {2} {3} committed, "
                    + "{4} {3} achieved ({1}, measured {5}) — met.")),
            Map.entry("commitment.not-met", new Text("Chỉ tiêu đăng ký \"{0}\" năm {6}: đăng ký {2} {3}, thực hiện {4} "
                    + "{3} ({1}, số liệu ngày {5}) — chưa đạt (cần {7} {2}).", "Registered commitment \"{0}\" for "
                    + "{6}: {2} {3} committed, {4} {3} achieved ({1}, measured {5}) — not met ({7} {2} needed).")),
            Map.entry("commitment.no-value", new Text("Chỉ tiêu đăng ký \"{0}\" năm {4}: đăng ký {2} {3}, chưa có số "
                    + "liệu {1} trong năm {4} để đối chiếu.", "Registered commitment \"{0}\" for {4}: {2} {3} "
                    + "committed, no value of {1} measured in {4} to compare.")),
            Map.entry("annual-best", new Text("Hội đồng xét chọn: {0} (tối đa {1} cho mỗi {2}, {3}){4}.",
                    "For reviewers to rank: {0} (at most {1} per {2}, {3}){4}.")),
            Map.entry("annual-best.value", new Text("; {0} của đơn vị: {1} (số liệu ngày {2})",
                    "; the unit''s {0}: {1} (measured {2})")));

    private CheckMessages() {
    }

    static Text text(String code, Object... args) {
        Text pattern = PATTERNS.get(code);
        if (pattern == null) {
            throw new IllegalArgumentException("no message " + code);
        }
        return new Text(format(pattern.vi(), Locale.forLanguageTag("vi"), args),
                format(pattern.en(), Locale.ENGLISH, args));
    }

    static Finding finding(String rule, Outcome outcome, String code, String legalBasis, Map<String, Object> numbers,
            Object... args) {
        Text text = text(code, args);
        return Finding.of(rule, outcome, text.vi(), text.en(), legalBasis, numbers);
    }

    /**
     * A pattern whose arguments are already sentences in both languages ({@link Text}); plain arguments are the
     * same in both.
     */
    private static String format(String pattern, Locale locale, Object... args) {
        Object[] local = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            local[i] = arg instanceof Text t ? (locale.getLanguage().equals("vi") ? t.vi() : t.en())
                    : arg == null ? "?" : arg.toString();
        }
        return new MessageFormat(pattern, locale).format(local);
    }

    /** A number as officials write it (60.000.000; 4,5). */
    static String number(Double value) {
        if (value == null) {
            return "?";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi-VN"));
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** The sign of a comparison (≥, >, ≤, <, =); the code itself when unknown. */
    static String sign(String comparison) {
        return switch (comparison == null ? "" : comparison) {
            case "AT_LEAST" -> "≥";
            case "MORE_THAN" -> ">";
            case "AT_MOST" -> "≤";
            case "LESS_THAN" -> "<";
            case "EQUAL" -> "=";
            default -> String.valueOf(comparison);
        };
    }
}
