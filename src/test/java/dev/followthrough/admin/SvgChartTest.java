package dev.followthrough.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.followthrough.admin.SvgChart.Chart;
import dev.followthrough.admin.SvgChart.Datum;
import java.util.List;
import org.junit.jupiter.api.Test;

class SvgChartTest {

    static final double PLOT_TOP = SvgChart.TOP;
    static final double PLOT_BOTTOM = SvgChart.HEIGHT - SvgChart.BOTTOM;

    @Test
    void axisTopIsARoundNumberThatHoldsTheMaximum() {
        assertThat(SvgChart.axisTop(0)).isEqualTo(SvgChart.Y_TICKS);
        assertThat(SvgChart.axisTop(3.7)).isEqualTo(4);
        assertThat(SvgChart.axisTop(4.1)).isEqualTo(8);
        assertThat(SvgChart.axisTop(0.013)).isCloseTo(0.02, within(1e-12));
        assertThat(SvgChart.axisTop(17_000)).isEqualTo(20_000);
        assertThat(SvgChart.axisTop(1234.5)).isGreaterThanOrEqualTo(1234.5).isEqualTo(2000);
    }

    @Test
    void barHeightsAreProportionalAndBarsOverTheBudgetAreMarked() {
        Chart c = SvgChart.bars("cost", "USD", List.of(new Datum("a", 1), new Datum("b", 3), new Datum("c", 0)), 2.0,
                v -> String.valueOf(v));
        assertThat(c.bars()).hasSize(3);
        // top of the axis is 4 (3 and a budget of 2 fit under 4 = 4 ticks of 1)
        double full = PLOT_BOTTOM - PLOT_TOP;
        assertThat(c.bars().get(0).height()).isCloseTo(full / 4, within(0.1));
        assertThat(c.bars().get(1).height()).isCloseTo(full * 3 / 4, within(0.1));
        assertThat(c.bars().get(2).height()).isZero();
        assertThat(c.bars()).allSatisfy(b -> assertThat(b.y() + b.height()).isCloseTo(PLOT_BOTTOM, within(0.1)));
        assertThat(c.bars()).extracting(SvgChart.Bar::over).containsExactly(false, true, false);
        assertThat(c.guide()).isNotNull();
        assertThat(c.guide().y()).isCloseTo(PLOT_BOTTOM - full / 2, within(0.1));
        assertThat(c.guide().text()).isEqualTo("budget 2.0");
        assertThat(c.bars().get(1).tip()).isEqualTo("b: 3.0");
    }

    @Test
    void barsStayInsideThePlotAndDoNotOverlap() {
        List<Datum> data = java.util.stream.IntStream.range(0, 30).mapToObj(i -> new Datum("d" + i, i)).toList();
        Chart c = SvgChart.bars("t", "", data, null, v -> "" + v);
        for (int i = 0; i < c.bars().size(); i++) {
            SvgChart.Bar b = c.bars().get(i);
            assertThat(b.x()).isGreaterThanOrEqualTo(SvgChart.LEFT);
            assertThat(b.x() + b.width()).isLessThanOrEqualTo(SvgChart.WIDTH - SvgChart.RIGHT);
            if (i > 0) {
                SvgChart.Bar prev = c.bars().get(i - 1);
                assertThat(b.x()).isGreaterThan(prev.x() + prev.width());
            }
        }
        assertThat(c.guide()).isNull();
        assertThat(c.xLabels()).hasSizeLessThanOrEqualTo(SvgChart.MAX_X_LABELS).first()
                .extracting(SvgChart.XLabel::text).isEqualTo("d0");
    }

    @Test
    void yTicksRunFromZeroAtTheBottomToTheTopOfTheAxis() {
        Chart c = SvgChart.bars("t", "", List.of(new Datum("a", 37)), null, v -> String.format("%.0f", v));
        assertThat(c.yTicks()).extracting(SvgChart.Tick::text).containsExactly("0", "10", "20", "30", "40");
        assertThat(c.yTicks().get(0).y()).isEqualTo(PLOT_BOTTOM);
        assertThat(c.yTicks().get(4).y()).isEqualTo(PLOT_TOP);
    }

    @Test
    void aLineWithAFixedTopClipsToItAndNamesEveryPoint() {
        Chart c = SvgChart.line("rate", "%", List.of(new Datum("a", 0), new Datum("b", 0.5), new Datum("c", 1.0)), 1.0,
                v -> Math.round(v * 100) + "%");
        String[] points = c.linePoints().split(" ");
        assertThat(points).hasSize(3);
        assertThat(Double.parseDouble(points[0].split(",")[1])).isEqualTo(PLOT_BOTTOM);
        assertThat(Double.parseDouble(points[2].split(",")[1])).isEqualTo(PLOT_TOP);
        assertThat(Double.parseDouble(points[1].split(",")[1])).isCloseTo((PLOT_TOP + PLOT_BOTTOM) / 2, within(0.1));
        assertThat(c.dots()).extracting(SvgChart.Dot::tip).containsExactly("a: 0%", "b: 50%", "c: 100%");
        assertThat(c.yTicks()).last().extracting(SvgChart.Tick::text).isEqualTo("100%");
    }

    @Test
    void noDataIsAnEmptyChartNotAnError() {
        assertThat(SvgChart.bars("t", "", List.of(), 1.0, v -> "" + v).empty()).isTrue();
        Chart line = SvgChart.line("t", "", List.of(), 1.0, v -> "" + v);
        assertThat(line.empty()).isTrue();
        assertThat(line.linePoints()).isNull();
    }
}
