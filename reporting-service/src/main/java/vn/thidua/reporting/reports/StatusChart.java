package vn.thidua.reporting.reports;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.thidua.reporting.reports.RegistrationReport.Table;

/** Plain: the bar chart of registrations by status (JFreeChart), as PNG bytes. */
final class StatusChart {

    private static final Font BASE = baseFont();

    private StatusChart() {
    }

    static byte[] png(RegistrationReport report, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Table byStatus = report.table("byStatus");
        for (List<Object> row : byStatus.rows()) {
            if (row.get(0).equals("Tổng số")) {
                continue;
            }
            data.addValue((Number) row.get(1), "Số đăng ký", (String) row.get(0));
        }
        JFreeChart chart = ChartFactory.createBarChart("Số đăng ký theo trạng thái", null, "Số đăng ký", data,
                PlotOrientation.VERTICAL, false, false, false);
        chart.getTitle().setFont(BASE.deriveFont(Font.BOLD, 14f));
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getDomainAxis().setTickLabelFont(BASE.deriveFont(11f));
        plot.getRangeAxis().setTickLabelFont(BASE.deriveFont(10f));
        plot.getRangeAxis().setLabelFont(BASE.deriveFont(11f));
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setSeriesPaint(0, new Color(0xB7, 0x1C, 0x1C));
        renderer.setShadowVisible(false);
        BufferedImage image = chart.createBufferedImage(width, height);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font baseFont() {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ReportFonts.regular()));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("DejaVu Sans cannot be read", e);
        }
    }
}
