package dev.followthrough.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * The geometry of a small bar or line chart, worked out in Java so the page can draw it as inline SVG without
 * any script (the CSP allows none inline) and without unescaped markup: the template only places shapes and
 * prints texts through th:text / th:attr.
 */
final class SvgChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    static final int LEFT = 60;
    static final int RIGHT = 12;
    static final int TOP = 14;
    static final int BOTTOM = 34;
    /** More labels than this under the x axis would overlap; the rest are left out (each bar keeps its tooltip). */
    static final int MAX_X_LABELS = 8;
    static final int Y_TICKS = 4;

    private SvgChart() {
    }

    record Datum(String label, double value) {
    }

    record Bar(double x, double y, double width, double height, String tip, boolean over) {
    }

    record Tick(double y, String text) {
    }

    record XLabel(double x, String text) {
    }

    /** A horizontal reference line (the budget), drawn dashed. */
    record Guide(double y, String text) {
    }

    record Dot(double x, double y, String tip) {
    }

    record Chart(String title, String unit, int width, int height, int left, int plotRight, int plotBottom,
                 List<Bar> bars, String linePoints, List<Dot> dots, List<Tick> yTicks, List<XLabel> xLabels,
                 Guide guide, boolean empty) {
    }

    /**
     * @param limit a budget to draw as a line and to mark bars above it, {@code null} or 0 for none
     * @param format how values print on the axis and in tooltips
     */
    static Chart bars(String title, String unit, List<Datum> data, Double limit, DoubleFunction<String> format) {
        double top = axisTop(Math.max(max(data), limit == null ? 0 : limit));
        double slot = plotWidth() / Math.max(1, data.size());
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            Datum d = data.get(i);
            double h = scale(d.value(), top);
            bars.add(new Bar(round(LEFT + i * slot + slot * 0.15), round(plotBottom() - h), round(slot * 0.7), round(h),
                    d.label() + ": " + format.apply(d.value()),
                    limit != null && limit > 0 && d.value() > limit));
        }
        Guide guide = limit == null || limit <= 0 ? null
                : new Guide(round(plotBottom() - scale(limit, top)), "budget " + format.apply(limit));
        return new Chart(title, unit, WIDTH, HEIGHT, LEFT, WIDTH - RIGHT, plotBottom(), bars, null, List.of(),
                ticks(top, format), xLabels(data, slot), guide, data.isEmpty());
    }

    /** @param fixedTop the top of the y axis when the values have a natural ceiling (1.0 for a rate), else 0 */
    static Chart line(String title, String unit, List<Datum> data, double fixedTop, DoubleFunction<String> format) {
        double top = fixedTop > 0 ? fixedTop : axisTop(max(data));
        double slot = plotWidth() / Math.max(1, data.size());
        StringBuilder points = new StringBuilder();
        List<Dot> dots = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            Datum d = data.get(i);
            double x = round(LEFT + i * slot + slot / 2);
            double y = round(plotBottom() - scale(Math.min(d.value(), top), top));
            points.append(points.length() == 0 ? "" : " ").append(x).append(',').append(y);
            dots.add(new Dot(x, y, d.label() + ": " + format.apply(d.value())));
        }
        return new Chart(title, unit, WIDTH, HEIGHT, LEFT, WIDTH - RIGHT, plotBottom(), List.of(),
                points.length() == 0 ? null : points.toString(), dots, ticks(top, format), xLabels(data, slot), null,
                data.isEmpty());
    }

    /**
     * The smallest 1, 2 or 5 times a power of ten, times {@link #Y_TICKS}, that holds {@code max}; with nothing to
     * show, one unit per tick, so an all-zero chart still reads 0 1 2 3 4.
     */
    static double axisTop(double max) {
        if (!(max > 0)) {
            return Y_TICKS;
        }
        double raw = max / Y_TICKS;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= raw * (1 - 1e-9)) {
                return m * magnitude * Y_TICKS;
            }
        }
        return 10 * magnitude * Y_TICKS;
    }

    private static List<Tick> ticks(double top, DoubleFunction<String> format) {
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= Y_TICKS; i++) {
            double v = top * i / Y_TICKS;
            ticks.add(new Tick(round(plotBottom() - scale(v, top)), format.apply(v)));
        }
        return ticks;
    }

    private static List<XLabel> xLabels(List<Datum> data, double slot) {
        int every = (int) Math.ceil(data.size() / (double) MAX_X_LABELS);
        List<XLabel> out = new ArrayList<>();
        for (int i = 0; i < data.size(); i += Math.max(1, every)) {
            out.add(new XLabel(round(LEFT + i * slot + slot / 2), data.get(i).label()));
        }
        return out;
    }

    private static double scale(double v, double top) {
        return Math.max(0, v) / top * (plotBottom() - TOP);
    }

    private static double max(List<Datum> data) {
        return data.stream().mapToDouble(Datum::value).max().orElse(0);
    }

    private static double plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    private static int plotBottom() {
        return HEIGHT - BOTTOM;
    }

    private static double round(double v) {
        return Math.round(v * 10.0) / 10.0;
    }
}
