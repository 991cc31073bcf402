package vn.thidua.reporting.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.reporting.reports.RegistrationReport.Table;

/**
 * Plain: the report as one Excel sheet (XSSF). Rows 0–3: title, campaign, year, generated at; then each table
 * as its title, a bold header row and its rows (numbers as numeric cells), one empty row between tables.
 */
public final class RegistrationWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String SHEET = "Đăng ký thi đua";
    static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private RegistrationWorkbook() {
    }

    public static byte[] build(RegistrationReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            CellStyle title = workbook.createCellStyle();
            title.setFont(titleFont);

            Sheet sheet = workbook.createSheet(SHEET);
            int r = 0;
            text(sheet.createRow(r++), 0, report.title(), title);
            Row campaign = sheet.createRow(r++);
            text(campaign, 0, "Phong trào", bold);
            text(campaign, 1, report.campaign().code() + " – " + report.campaign().name(), null);
            Row year = sheet.createRow(r++);
            text(year, 0, "Năm", bold);
            year.createCell(1).setCellValue(report.year());
            Row generated = sheet.createRow(r++);
            text(generated, 0, "Lập lúc", bold);
            text(generated, 1, GENERATED.format(report.generatedAt()), null);
            int columns = 2;
            for (Table table : report.tables()) {
                r++;
                text(sheet.createRow(r++), 0, table.title(), bold);
                Row header = sheet.createRow(r++);
                for (int c = 0; c < table.columns().size(); c++) {
                    text(header, c, table.columns().get(c), bold);
                }
                columns = Math.max(columns, table.columns().size());
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value instanceof Number number) {
                            row.createCell(c).setCellValue(number.doubleValue());
                        } else {
                            text(row, c, value == null ? "" : value.toString(), null);
                        }
                    }
                }
            }
            for (int c = 0; c < columns; c++) {
                sheet.autoSizeColumn(c);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
