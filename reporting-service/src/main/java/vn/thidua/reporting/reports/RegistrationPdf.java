package vn.thidua.reporting.reports;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import vn.thidua.reporting.reports.RegistrationReport.Table;
import vn.thidua.reporting.export.ReportFonts;

/**
 * Plain: the report as a PDF (OpenPDF) with DejaVu Sans embedded (Identity-H, so Vietnamese renders and can be
 * copied as text): the title, campaign, year and time, the bar chart of registrations by status, then the tables.
 */
public final class RegistrationPdf {

    public static final String CONTENT_TYPE = "application/pdf";

    private RegistrationPdf() {
    }

    public static byte[] build(RegistrationReport report) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BaseFont regular = BaseFont.createFont(ReportFonts.REGULAR, BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    true, ReportFonts.regular(), null);
            BaseFont bold = BaseFont.createFont(ReportFonts.BOLD, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    ReportFonts.bold(), null);
            Font titleFont = new Font(bold, 15);
            Font headingFont = new Font(bold, 11);
            Font headerFont = new Font(bold, 9);
            Font textFont = new Font(regular, 9);
            Font metaFont = new Font(regular, 10);

            Document document = new Document(PageSize.A4, 36, 36, 36, 36);
            PdfWriter.getInstance(document, out);
            document.addTitle(report.title());
            document.addCreator("thidua reporting-service");
            document.open();

            Paragraph title = new Paragraph(report.title(), titleFont);
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(8);
            document.add(title);
            document.add(new Paragraph("Phong trào: " + report.campaign().code() + " – " + report.campaign().name(),
                    metaFont));
            document.add(new Paragraph("Năm: " + report.year(), metaFont));
            document.add(new Paragraph("Lập lúc: " + RegistrationWorkbook.GENERATED.format(report.generatedAt()),
                    metaFont));

            Image chart = Image.getInstance(StatusChart.png(report, 1000, 500));
            chart.scaleToFit(document.getPageSize().getWidth() - 72, 260);
            chart.setAlignment(Element.ALIGN_CENTER);
            chart.setSpacingBefore(10);
            document.add(chart);

            for (Table table : report.tables()) {
                Paragraph heading = new Paragraph(table.title(), headingFont);
                heading.setSpacingBefore(12);
                heading.setSpacingAfter(4);
                document.add(heading);
                PdfPTable pdfTable = new PdfPTable(table.columns().size());
                pdfTable.setWidthPercentage(100);
                pdfTable.setHeaderRows(1);
                for (String column : table.columns()) {
                    PdfPCell cell = new PdfPCell(new Phrase(column, headerFont));
                    cell.setBackgroundColor(new Color(0xEE, 0xEE, 0xEE));
                    cell.setPadding(4);
                    pdfTable.addCell(cell);
                }
                if (table.rows().isEmpty()) {
                    PdfPCell none = new PdfPCell(new Phrase("Không có dữ liệu", textFont));
                    none.setColspan(table.columns().size());
                    none.setPadding(4);
                    pdfTable.addCell(none);
                }
                for (List<Object> row : table.rows()) {
                    for (Object value : row) {
                        boolean number = value instanceof Number;
                        PdfPCell cell = new PdfPCell(new Phrase(number ? plain((Number) value)
                                : String.valueOf(value), textFont));
                        cell.setPadding(4);
                        if (number) {
                            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                        }
                        pdfTable.addCell(cell);
                    }
                }
                document.add(pdfTable);
            }
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plain(Number number) {
        return number instanceof java.math.BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString()
                : number.toString();
    }
}
