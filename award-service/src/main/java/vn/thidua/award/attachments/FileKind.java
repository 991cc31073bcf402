package vn.thidua.award.attachments;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of attachment a dossier may carry (tài liệu đính kèm), by what their bytes are. */
public enum FileKind {
    PDF("pdf", "application/pdf"),
    JPEG("jpeg", "image/jpeg"),
    PNG("png", "image/png"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String configName;
    private final String mediaType;

    FileKind(String configName, String mediaType) {
        this.configName = configName;
        this.mediaType = mediaType;
    }

    public String configName() {
        return configName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** "pdf", "jpeg" (or "jpg"), "png", "docx", "xlsx" as written in configuration. */
    public static Optional<FileKind> fromConfig(String name) {
        String wanted = name.trim().toLowerCase(java.util.Locale.ROOT);
        String normalised = wanted.equals("jpg") ? "jpeg" : wanted;
        return Arrays.stream(values()).filter(k -> k.configName.equals(normalised)).findFirst();
    }
}
