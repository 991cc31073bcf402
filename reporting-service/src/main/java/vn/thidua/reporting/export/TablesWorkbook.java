package vn.thidua.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Plain: a report as one Excel sheet (XSSF): the title, the lines that say what it covers (label, value), then
 * each table as its title, a bold header row and its rows, numbers as numeric cells.
 */
public final class TablesWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TablesWorkbook() {
    }

    public static byte[] build(String sheetName, String title, Map<String, String> meta, List<Table> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            CellStyle titleStyle = workbook.createCellStyle();
            titleStyle.setFont(titleFont);

            Sheet sheet = workbook.createSheet(sheetName);
            int r = 0;
            text(sheet.createRow(r++), 0, title, titleStyle);
            for (Map.Entry<String, String> line : meta.entrySet()) {
                Row row = sheet.createRow(r++);
                text(row, 0, line.getKey(), bold);
                text(row, 1, line.getValue(), null);
            }
            int columns = 2;
            for (Table table : tables) {
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
