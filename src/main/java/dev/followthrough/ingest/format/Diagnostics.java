package dev.followthrough.ingest.format;

import java.util.ArrayList;
import java.util.List;

/** Collects warnings for one parse; capped so a file with 10,000 odd cues does not bury the call in noise. */
final class Diagnostics {

    private static final int MAX_WARNINGS = 20;

    private final List<String> warnings = new ArrayList<>();
    private int dropped;

    void warn(String message) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(message);
        } else {
            dropped++;
        }
    }

    List<String> warnings() {
        List<String> all = new ArrayList<>(warnings);
        if (dropped > 0) {
            all.add("(" + dropped + " more warnings not shown)");
        }
        return all;
    }
}
