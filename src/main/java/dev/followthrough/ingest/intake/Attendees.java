package dev.followthrough.ingest.intake;

import dev.followthrough.call.Attendee;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses attendee lists as people type them: "Jordan Lee <jordan@acme.example>, sam@acme.example". */
public final class Attendees {

    private static final Pattern NAMED = Pattern.compile("^\\s*\"?([^\"<]*?)\"?\\s*<\\s*([^>\\s]+@[^>\\s]+)\\s*>\\s*$");

    private Attendees() {
    }

    public static List<Attendee> parseList(String text) {
        List<Attendee> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : split(text)) {
            if (!part.isBlank()) {
                out.add(parseOne(part));
            }
        }
        return out;
    }

    /** Splits on commas, semicolons and new lines, except inside quotes or angle brackets ("Kim, Ana" <ana@x>). */
    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean bracket = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '<') {
                bracket = true;
            } else if (c == '>') {
                bracket = false;
            }
            if ((c == ',' || c == ';' || c == '\n') && !quoted && !bracket) {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        parts.add(cur.toString());
        return parts;
    }

    static Attendee parseOne(String s) {
        Matcher m = NAMED.matcher(s);
        if (m.matches()) {
            return new Attendee(m.group(1).isBlank() ? null : m.group(1).strip(), m.group(2));
        }
        String t = s.strip();
        return t.contains("@") ? new Attendee(nameFromEmail(t), t) : new Attendee(t, null);
    }

    /** "jordan.lee@acme.example" → "Jordan Lee": good enough to match a speaker label. */
    private static String nameFromEmail(String email) {
        String local = email.substring(0, email.indexOf('@'));
        StringBuilder sb = new StringBuilder();
        for (String p : local.split("[._-]+")) {
            if (!p.isEmpty()) {
                sb.append(sb.length() > 0 ? " " : "").append(Character.toUpperCase(p.charAt(0))).append(p.substring(1));
            }
        }
        return sb.toString();
    }
}
