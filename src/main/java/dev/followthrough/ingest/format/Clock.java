package dev.followthrough.ingest.format;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses clock-style offsets. Deliberately lenient about padding ("0:0:0.570", as old Teams exports write)
 * and about ',' versus '.' before the fraction, strict about everything else.
 */
final class Clock {

    /** [h:]m:s[.fff]; hours may exceed two digits for very long recordings. */
    static final String CLOCK = "(?:\\d{1,3}:)?\\d{1,2}:\\d{1,2}(?:[.,]\\d{1,3})?";
    private static final Pattern PARTS = Pattern.compile("(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{1,2})(?:[.,](\\d{1,3}))?");

    private Clock() {
    }

    /** @return the offset, or {@code null} when the text is not a clock value or a field is out of range */
    static Duration parse(String text) {
        Matcher m = PARTS.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        long h = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long min = Long.parseLong(m.group(2));
        long sec = Long.parseLong(m.group(3));
        if (sec > 59 || (m.group(1) != null && min > 59)) {
            return null;
        }
        long millis = 0;
        if (m.group(4) != null) {
            String f = (m.group(4) + "00").substring(0, 3);
            millis = Long.parseLong(f);
        }
        return Duration.ofHours(h).plusMinutes(min).plusSeconds(sec).plusMillis(millis);
    }
}
