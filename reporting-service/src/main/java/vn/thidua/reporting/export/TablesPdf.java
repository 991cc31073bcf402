package vn.thidua.reporting.export;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
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

/**
 * Plain: a report as a PDF (OpenPDF), DejaVu Sans embedded (Identity-H: Vietnamese renders and copies as text):
 * the title, what it covers, its charts (PNG), then its tables.
 */
public final class TablesPdf {

    public static final String CONTENT_TYPE = "application/pdf";

    private TablesPdf() {
    }

    public static byte[] build(String title, Map<String, String> meta, List<byte[]> charts, List<Table> tables) {
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
            document.addTitle(title);
            document.addCreator("thidua reporting-service");
            document.open();
            Paragraph heading = new Paragraph(title, titleFont);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(8);
            document.add(heading);
            for (Map.Entry<String, String> line : meta.entrySet()) {
                document.add(new Paragraph(line.getKey() + ": " + line.getValue(), metaFont));
            }
            for (byte[] png : charts) {
                Image chart = Image.getInstance(png);
                chart.scaleToFit(document.getPageSize().getWidth() - 72, 240);
                chart.setAlignment(Element.ALIGN_CENTER);
                chart.setSpacingBefore(8);
                document.add(chart);
            }
            for (Table table : tables) {
                Paragraph name = new Paragraph(table.title(), headingFont);
                name.setSpacingBefore(12);
                name.setSpacingAfter(4);
                document.add(name);
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
                        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value.toString(), textFont));
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
}
