package org.mxdr.reports.control;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.mxdr.reports.entity.ReportFigures;
import org.mxdr.reports.entity.ReportWords;

/** The PDF's charts as PNG images (JFreeChart, headless), drawn in the console's colours. */
final class ReportCharts {
    static final Color PRIMARY = new Color(0x1d, 0x4e, 0xd8);
    static final Color SECOND = new Color(0x0f, 0x76, 0x6e);
    static final Color GRID = new Color(0xd1, 0xd5, 0xdb);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);

    private ReportCharts() {
    }

    static byte[] counts(String title, List<ReportFigures.Count> counts, boolean severities, boolean horizontal) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        counts.forEach(c -> data.addValue(c.count(), "Incidents", severities ? ReportWords.severity(c.name()) : c.name()));
        JFreeChart chart = ChartFactory.createBarChart(title, null, "Incidents", data,
                horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, false, false, false);
        return png(style(chart), 520, 300);
    }

    static byte[] trends(List<ReportFigures> months) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ReportFigures m : months) {
            String label = m.period().from().getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH) + " "
                    + m.period().from().getYear();
            data.addValue(m.investigated(), "Investigated", label);
            data.addValue(m.resolved(), "Resolved", label);
        }
        JFreeChart chart = ChartFactory.createBarChart("Incidents per month", null, "Incidents", data, PlotOrientation.VERTICAL, true, false,
                false);
        return png(style(chart), 1040, 300);
    }

    private static JFreeChart style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(TITLE);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(FONT);
            chart.getLegend().setFrame(new org.jfree.chart.block.BlockBorder(Color.WHITE));
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.getDomainAxis().setTickLabelFont(FONT);
        plot.getRangeAxis().setTickLabelFont(FONT);
        plot.getRangeAxis().setLabelFont(FONT);
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.12);
        bars.setSeriesPaint(0, PRIMARY);
        bars.setSeriesPaint(1, SECOND);
        return chart;
    }

    private static byte[] png(JFreeChart chart, int width, int height) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // drawn at twice the size, so the PDF's images stay sharp when printed
            ChartUtils.writeBufferedImageAsPNG(out, chart.createBufferedImage(width * 2, height * 2, width, height, null));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
