package vn.thidua.award.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import java.util.Locale;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thidua.award.attachments.FileInspectionTest.Samples;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.error.ProblemFactory;
import vn.thidua.shared.test.PlatformTestSupport;

/** Attachments stored in GridFS through the real driver: checked, checksummed, read back byte for byte. */
@SpringBootTest
@Import(PlatformTestSupport.class)
class AttachmentStoreTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "award-attachments-test");
    }

    @Autowired
    AttachmentStore store;

    @Autowired
    ProblemFactory problems;

    @Test
    void aRealPdfIsStoredWithTheChecksumOfItsBytes() throws Exception {
        byte[] pdf = Samples.pdf();
        // The phone says octet-stream; the content says PDF, and that is what is kept.
        var stored = store.store("DOSSIER", "d-1", "12",
                new MockMultipartFile("file", "C:\\Users\\can bo\\To trinh.pdf", "application/octet-stream", pdf));
        assertThat(stored.fileName()).isEqualTo("To trinh.pdf");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).isEqualTo(sha256(pdf));
        assertThat(stored.uploadedAt()).isNotNull();

        assertThat(store.describe(stored.id())).isEqualTo(stored);
        Resource resource = store.open(stored.id());
        try (var in = resource.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
    }

    @Test
    void imagesAndOfficeFilesAreStoredAsTheirRealType() throws Exception {
        assertThat(store.store("DOSSIER", "d-1", "12", new MockMultipartFile("file", "anh.png", "image/png",
                Samples.png())).contentType()).isEqualTo("image/png");
        assertThat(store.store("DOSSIER", "d-1", "12", new MockMultipartFile("file", "anh.jpg", "image/jpeg",
                Samples.jpeg())).contentType()).isEqualTo("image/jpeg");
        assertThat(store.store("DOSSIER", "d-1", "12", new MockMultipartFile("file", "bao-cao.docx", null,
                Samples.docx())).contentType()).isEqualTo(FileKind.DOCX.mediaType());
        assertThat(store.store("DECISION", "q-1", "12", new MockMultipartFile("file", "danh-sach.xlsx", null,
                Samples.xlsx())).contentType()).isEqualTo(FileKind.XLSX.mediaType());
    }

    @Test
    void aRenamedExecutableIs415NamingTheFile() {
        assertThatThrownBy(() -> store.store("DOSSIER", "d-1", "12",
                new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", Samples.exe())))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
                    assertThat(problem.code()).isEqualTo("attachment-type-not-allowed");
                    assertThat(problem.properties()).containsEntry("fileName", "bien-ban.pdf");
                    assertThat(problems.create(problem, Locale.ENGLISH).getDetail())
                            .contains("'bien-ban.pdf'").contains("pdf, jpeg, png, docx, xlsx");
                    assertThat(problems.create(problem, Locale.forLanguageTag("vi")).getDetail())
                            .startsWith("Nội dung tệp 'bien-ban.pdf'");
                });
    }

    @Test
    void overTheLimitIs413AndEmptyIs400NamingTheFile() {
        byte[] big = paddedPdf(10 * 1024 * 1024 + 1);
        assertThatThrownBy(() -> store.store("DOSSIER", "d-1", "12",
                new MockMultipartFile("file", "scan.pdf", "application/pdf", big)))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
                    assertThat(problem.args()).containsExactly("scan.pdf", "10 MB");
                });
        // Exactly the limit is fine.
        byte[] limit = paddedPdf(10 * 1024 * 1024);
        assertThat(store.store("DOSSIER", "d-1", "12", new MockMultipartFile("file", "scan.pdf", null, limit))
                .size()).isEqualTo(limit.length);
        assertThatThrownBy(() -> store.store("DOSSIER", "d-1", "12",
                new MockMultipartFile("file", "trong.pdf", "application/pdf", new byte[0])))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(problem.args()).containsExactly("trong.pdf");
                });
    }

    @Test
    void anUnknownIdIs404() {
        assertThatThrownBy(() -> store.describe("000000000000000000000000"))
                .isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.status()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThatThrownBy(() -> store.open("../../etc/passwd"))
                .isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.status()).isEqualTo(HttpStatus.NOT_FOUND));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** A PDF of exactly {@code size} bytes: the sample, padding, and an end marker (a PDF must end with %%EOF). */
    private static byte[] paddedPdf(int size) {
        byte[] pdf = Arrays.copyOf(Samples.pdf(), size);
        byte[] end = "\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(end, 0, pdf, size - end.length, end.length);
        return pdf;
    }
}
