package vn.thidua.award.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Real bytes of each kind, and the same bytes mislabelled. */
class FileInspectionTest {

    @Test
    void eachAllowedKindIsKnownByItsContent() throws Exception {
        assertThat(kind(Samples.pdf())).isEqualTo(FileKind.PDF);
        assertThat(kind(Samples.png())).isEqualTo(FileKind.PNG);
        assertThat(kind(Samples.jpeg())).isEqualTo(FileKind.JPEG);
        assertThat(kind(Samples.docx())).isEqualTo(FileKind.DOCX);
        assertThat(kind(Samples.xlsx())).isEqualTo(FileKind.XLSX);
    }

    /** Issue 12: a signature followed by junk is not the file it claims to be. */
    @Test
    void aSignatureFollowedByJunkIsNone() throws Exception {
        assertThat(kindOf("%PDF-1.4 not a pdf".getBytes())).isNull();
        assertThat(kindOf(java.util.Arrays.copyOf(Samples.png(), 16 + 1))).as("PNG cut after its header").isEqualTo(
                FileKind.PNG);
        byte[] pngJunk = java.util.Arrays.copyOf(Samples.png(), 40);
        pngJunk[12] = 'j';
        assertThat(kindOf(pngJunk)).as("PNG without its IHDR chunk").isNull();
        assertThat(kindOf(java.util.Arrays.copyOf(Samples.jpeg(), 20))).as("JPEG without its end").isNull();
        assertThat(kindOf("PK\u0003\u0004junk after a zip header".getBytes())).isNull();
        byte[] padded = java.util.Arrays.copyOf(Samples.pdf(), Samples.pdf().length + 200);
        assertThat(kindOf(padded)).as("a PDF with trailing bytes after %%EOF").isEqualTo(FileKind.PDF);
    }

    @Test
    void executablesPlainZipsAndTextAreNone() throws Exception {
        assertThat(FileInspection.inspect(new ByteArrayInputStream(Samples.exe()), 1 << 20).kind()).isEmpty();
        assertThat(FileInspection.inspect(new ByteArrayInputStream(Samples.zip(Map.of("a.txt", "x"))), 1 << 20)
                .kind()).isEmpty();
        assertThat(FileInspection.inspect(new ByteArrayInputStream("%PD".getBytes()), 100).kind()).isEmpty();
        // A ZIP declaring both main parts is refused rather than guessed; so is one declaring none, and a
        // macro-enabled document (its main part has another content type).
        assertThat(kindOf(Samples.zip(Map.of("[Content_Types].xml", Samples.types(Samples.WORD_MAIN + Samples.EXCEL_MAIN),
                "word/document.xml", "<w/>", "xl/workbook.xml", "<x/>")))).isNull();
        assertThat(kindOf(Samples.zip(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>"))))
                .isNull();
        assertThat(kindOf(Samples.zip(Map.of("[Content_Types].xml", Samples.types(
                "application/vnd.ms-word.document.macroEnabled.main+xml"), "word/document.xml", "<w/>")))).isNull();
        // Declared but without the part itself.
        assertThat(kindOf(Samples.zip(Map.of("[Content_Types].xml", Samples.types(Samples.WORD_MAIN),
                "other.xml", "<w/>")))).isNull();
    }

    @Test
    void sizeAndChecksumCoverEveryByte() throws Exception {
        byte[] docx = Samples.docx();
        var result = FileInspection.inspect(new ByteArrayInputStream(docx), 1 << 20);
        assertThat(result.size()).isEqualTo(docx.length);
        assertThat(result.sha256()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(docx)));
    }

    @Test
    void moreThanTheLimitIsRefusedWithoutReadingOn() {
        byte[] pdf = Samples.pdf();
        assertThatThrownBy(() -> FileInspection.inspect(new ByteArrayInputStream(pdf), pdf.length - 1))
                .isInstanceOf(FileInspection.TooLarge.class);
    }

    private static FileKind kindOf(byte[] bytes) throws IOException {
        return kind(bytes);
    }

    private static FileKind kind(byte[] bytes) throws IOException {
        return FileInspection.inspect(new ByteArrayInputStream(bytes), 1 << 20).kind().orElse(null);
    }

    /** Small real files, made the way their programs make them. */
    static final class Samples {

        static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
        static final String EXCEL_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

        static String types(String mainContentTypes) {
            return "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Override PartName=\"/main.xml\" ContentType=\"" + mainContentTypes
                    + "\"/></Types>";
        }

        /** A one-page PDF 1.4 with a valid cross-reference table. */
        static byte[] pdf() {
            String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"};
            StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
            int[] offsets = new int[objects.length];
            for (int i = 0; i < objects.length; i++) {
                offsets[i] = pdf.length();
                pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
            }
            int xref = pdf.length();
            pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
            for (int offset : offsets) {
                pdf.append(String.format("%010d 00000 n \n", offset));
            }
            pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                    .append(xref).append("\n%%EOF\n");
            return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
        }

        static byte[] png() throws IOException {
            return image("png");
        }

        static byte[] jpeg() throws IOException {
            return image("jpeg");
        }

        private static byte[] image(String format) throws IOException {
            var image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
            image.setRGB(1, 1, 0xDA251D);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(javax.imageio.ImageIO.write(image, format, out)).isTrue();
            return out.toByteArray();
        }

        static byte[] docx() throws IOException {
            return zip(new java.util.LinkedHashMap<>(Map.of(
                    "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                            + "package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\""
                            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                            + "</Types>",
                    "_rels/.rels", "<Relationships/>",
                    "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                            + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Tờ trình</w:t></w:r></w:p>"
                            + "</w:body></w:document>")));
        }

        static byte[] xlsx() throws IOException {
            return zip(new java.util.LinkedHashMap<>(Map.of(
                    "[Content_Types].xml", types(EXCEL_MAIN),
                    "xl/workbook.xml", "<workbook/>",
                    "xl/worksheets/sheet1.xml", "<worksheet/>")));
        }

        /** "MZ" and a PE header: what a Windows program starts with. */
        static byte[] exe() {
            byte[] bytes = new byte[256];
            bytes[0] = 'M';
            bytes[1] = 'Z';
            bytes[0x3C] = (byte) 0x80;
            bytes[0x80] = 'P';
            bytes[0x81] = 'E';
            return bytes;
        }

        static byte[] zip(Map<String, String> entries) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                // [Content_Types].xml first, as Office writes it.
                var names = new java.util.ArrayList<>(entries.keySet());
                names.sort((a, b) -> a.startsWith("[") ? -1 : b.startsWith("[") ? 1 : a.compareTo(b));
                for (String name : names) {
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write(entries.get(name).getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        }
    }
}
