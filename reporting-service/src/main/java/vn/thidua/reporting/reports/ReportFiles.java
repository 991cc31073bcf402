package vn.thidua.reporting.reports;

import java.time.format.DateTimeFormatter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A report file as an attachment with an ASCII name (safe in every browser and file system). */
public final class ReportFiles {

    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private ReportFiles() {
    }

    public static ResponseEntity<byte[]> attachment(byte[] body, String contentType, String fileName) {
        String safe = fileName.replaceAll("[^A-Za-z0-9_.-]+", "-");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(safe).build()
                        .toString())
                .body(body);
    }
}
