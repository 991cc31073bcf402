package vn.thidua.registration.progress;

import java.util.Map;
import java.util.Optional;

/**
 * Evidence files accepted (minh chứng): PDF, JPEG, PNG, Word (docx) and Excel (xlsx), by declared content type,
 * and only when the first bytes agree with it — a renamed executable is not a PDF. docx and xlsx are ZIP
 * containers, so their magic is ZIP's.
 */
public final class EvidenceTypes {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    static final Map<String, byte[]> MAGIC = Map.of(
            "application/pdf", PDF,
            "image/jpeg", JPEG,
            "image/png", PNG,
            DOCX, ZIP,
            XLSX, ZIP);

    private EvidenceTypes() {
    }

    /** Why the file is refused, or empty when accepted. */
    public static Optional<String> refuse(String declaredType, byte[] content) {
        String type = declaredType == null ? "" : declaredType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        byte[] magic = MAGIC.get(type);
        if (magic == null) {
            return Optional.of("content-type-not-allowed");
        }
        if (content.length < magic.length) {
            return Optional.of("content-mismatch");
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return Optional.of("content-mismatch");
            }
        }
        return Optional.empty();
    }

    public static String allowed() {
        return "application/pdf, image/jpeg, image/png, docx, xlsx";
    }
}
