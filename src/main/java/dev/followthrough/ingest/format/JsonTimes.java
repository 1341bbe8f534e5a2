package dev.followthrough.ingest.format;

import com.fasterxml.jackson.databind.JsonNode;
import dev.followthrough.ingest.TranscriptRejectedException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads a time field of a JSON segment: seconds, milliseconds, ticks, "hh:mm:ss.mmm" or ISO-8601 "PT1M2S". */
final class JsonTimes {

    /** How a numeric value is to be read. */
    enum Unit {
        SECONDS(1_000_000_000L), MILLIS(1_000_000L), TICKS(100L);

        private final long nanos;

        Unit(long nanos) {
            this.nanos = nanos;
        }

        Duration of(double value) {
            return Duration.ofNanos(Math.round(value * nanos));
        }
    }

    private JsonTimes() {
    }

    /** The unit a key name announces ("start_ms", "offsetInTicks"), or the file's default. */
    static Unit unitOf(String key, Unit fallback) {
        String k = key.toLowerCase(Locale.ROOT);
        if (k.contains("tick")) {
            return Unit.TICKS;
        }
        if (k.endsWith("ms") || k.contains("milli")) {
            return Unit.MILLIS;
        }
        if (k.endsWith("_s") || k.endsWith("seconds") || k.endsWith("sec")) {
            return Unit.SECONDS;
        }
        return fallback;
    }

    static Duration read(JsonNode node, Unit unit, String where) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            return fromNumber(node.asDouble(), unit, where);
        }
        if (node.isTextual()) {
            String s = node.asText().strip();
            if (s.isEmpty()) {
                return null;
            }
            try {
                return fromNumber(Double.parseDouble(s), unit, where);
            } catch (NumberFormatException notNumeric) {
                // fall through to clock and ISO forms
            }
            Duration clock = Clock.parse(s);
            if (clock != null) {
                return clock;
            }
            if (s.toUpperCase(Locale.ROOT).startsWith("PT")) {
                try {
                    Duration d = Duration.parse(s);
                    if (!d.isNegative()) {
                        return d;
                    }
                } catch (DateTimeParseException bad) {
                    // reported below
                }
            }
            throw bad(where, "\"" + s + "\"");
        }
        throw bad(where, node.toString());
    }

    private static Duration fromNumber(double v, Unit unit, String where) {
        if (Double.isNaN(v) || Double.isInfinite(v) || v < 0) {
            throw bad(where, String.valueOf(v));
        }
        return unit.of(v);
    }

    private static TranscriptRejectedException bad(String where, String value) {
        return new TranscriptRejectedException("bad-timestamp", where + ": " + value + " is not a time; expected seconds "
                + "(12.5), milliseconds in a *_ms field, \"hh:mm:ss.mmm\" or ISO-8601 \"PT12.5S\".");
    }
}
