package vn.thidua.reporting.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RegistrationWorkbookTest {

    @Test
    void oneSheetWithVietnameseTextBoldHeadersAndNumericCells() throws Exception {
        byte[] bytes = RegistrationWorkbook.build(ReportFixture.report());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Đăng ký thi đua");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Báo cáo kết quả đăng ký thi đua năm 2025");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).contains("LC-NTM-2021-2025")
                    .contains("Lai Châu chung sức");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(2025);

            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Đăng ký theo trạng thái");
            Row header = sheet.getRow(6);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Trạng thái");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Số đăng ký");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();

            Row approved = sheet.getRow(9);
            assertThat(approved.getCell(0).getStringCellValue()).isEqualTo("Đã duyệt");
            assertThat(approved.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(approved.getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getDefaultColumnWidth() * 256);
        }
    }
}
