package vn.thidua.registration.units.importing;

import java.util.Optional;
import vn.thidua.registration.units.SearchKeys;
import vn.thidua.registration.units.SuccessionKind;

/**
 * Reads the conversion table's free-text note ("Ghi chú") as a kind of change. The notes vary in spelling,
 * spacing and typos ("Nhâp một phần diện tích", "Nhập một  phần", "Giữ nguyên "), so they are compared folded
 * (no accents, single spaces), in this order:
 * <ol>
 *   <li>mentions a special zone ("… thành đặc khu …") → {@link SuccessionKind#SPECIAL_ZONE};</li>
 *   <li>mentions a part ("một phần", "phần còn lại", including "một phần diện tích, toàn bộ dân số" and
 *       "Đổi tên từ một phần …") → {@link SuccessionKind#PART_MERGE}: the old unit feeds more than this one;</li>
 *   <li>"toàn bộ" → {@link SuccessionKind#WHOLE_MERGE};</li>
 *   <li>"giữ nguyên" → {@link SuccessionKind#UNCHANGED};</li>
 *   <li>"đổi tên" or "đổi loại hình" (thị trấn → xã) → {@link SuccessionKind#RENAMED};</li>
 *   <li>anything else, including an empty note, is not understood: the row is reported, not guessed.</li>
 * </ol>
 */
public final class ChangeKinds {

    private ChangeKinds() {
    }

    public static Optional<SuccessionKind> classify(String note) {
        String folded = SearchKeys.fold(note);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        if (folded.contains("dac khu")) {
            return Optional.of(SuccessionKind.SPECIAL_ZONE);
        }
        if (folded.contains("mot phan") || folded.contains("phan con lai")) {
            return Optional.of(SuccessionKind.PART_MERGE);
        }
        if (folded.contains("toan bo")) {
            return Optional.of(SuccessionKind.WHOLE_MERGE);
        }
        if (folded.contains("giu nguyen")) {
            return Optional.of(SuccessionKind.UNCHANGED);
        }
        if (folded.contains("doi ten") || folded.contains("doi loai hinh")) {
            return Optional.of(SuccessionKind.RENAMED);
        }
        return Optional.empty();
    }
}
