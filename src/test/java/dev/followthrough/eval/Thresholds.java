package dev.followthrough.eval;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The quality floor of the offline engine, {@code eval/thresholds.properties}: {@code <metric>.min} or
 * {@code <metric>.max}, the metric keys being those of {@link Metrics}.
 */
final class Thresholds {

    private final Properties props;

    private Thresholds(Properties props) {
        this.props = props;
    }

    static Thresholds load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Thresholds.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the test classpath");
            }
            p.load(in);
        }
        return new Thresholds(p);
    }

    /**
     * Every threshold the metrics break, as readable lines. A threshold on a metric that was not measured fails
     * too (a misspelt key must not pass silently), except the AMI ones when the corpus is not on this machine.
     */
    List<String> breaches(Map<String, Double> metrics) {
        List<String> out = new ArrayList<>();
        for (String key : new TreeSet<>(props.stringPropertyNames())) {
            boolean min = key.endsWith(".min");
            if (!min && !key.endsWith(".max")) {
                out.add("unknown threshold key " + key + " (must end in .min or .max)");
                continue;
            }
            String metric = key.substring(0, key.length() - 4);
            double limit = Double.parseDouble(props.getProperty(key).strip());
            Double value = metrics.get(metric);
            if (value == null) {
                if (!metric.startsWith("ami.")) {
                    out.add("threshold " + key + " names a metric that was not measured");
                }
                continue;
            }
            if (min ? value < limit : value > limit) {
                out.add(String.format(Locale.ROOT, "%s = %.3f, %s %.3f", metric, value, min ? "below the floor" : "above the ceiling", limit));
            }
        }
        return out;
    }
}
