package vn.thidua.registration.units;

/** How a unit became (part of) another on a date. */
public enum SuccessionKind {
    /** Nhập toàn bộ: the whole unit went into the successor. */
    WHOLE_MERGE,
    /** Nhập một phần: part of the unit went into the successor; the unit feeds several successors. */
    PART_MERGE,
    /** Đổi tên (also đổi loại hình: xã → phường): same territory, new name or type. */
    RENAMED,
    /** Giữ nguyên: the same unit carried into the new system. */
    UNCHANGED,
    /** Sắp xếp thành đặc khu: a district or commune became a special zone (đặc khu). */
    SPECIAL_ZONE
}
