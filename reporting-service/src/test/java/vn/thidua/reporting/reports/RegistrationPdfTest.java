package vn.thidua.reporting.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class RegistrationPdfTest {

    @Test
    void aPdfWithTheVietnameseTitleTablesAndTheChartAsAnImage() throws Exception {
        byte[] bytes = RegistrationPdf.build(ReportFixture.report());

        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(bytes);
        try {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("Báo cáo kết quả đăng ký thi đua năm 2025");
            assertThat(text).contains("Lai Châu chung sức xây dựng nông thôn mới");
            assertThat(text).contains("Đăng ký theo trạng thái").contains("Chờ duyệt");

            PdfDictionary resources = reader.getPageN(1).getAsDict(PdfName.RESOURCES);
            PdfDictionary xobjects = resources.getAsDict(PdfName.XOBJECT);
            assertThat(xobjects).isNotNull();
            boolean image = xobjects.getKeys().stream()
                    .map(key -> (PdfDictionary) PdfReader.getPdfObject(xobjects.get(key)))
                    .anyMatch(object -> PdfName.IMAGE.equals(object.getAsName(PdfName.SUBTYPE)));
            assertThat(image).as("the bar chart is embedded as an image").isTrue();
        } finally {
            reader.close();
        }
    }
}
