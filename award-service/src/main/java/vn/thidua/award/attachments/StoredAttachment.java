package vn.thidua.award.attachments;

import java.time.Instant;

/** An attachment (tài liệu đính kèm) as stored: its SHA-256 lets anyone check the file has not changed. */
public record StoredAttachment(String id, String fileName, String contentType, long size, String sha256,
        Instant uploadedAt) {
}
