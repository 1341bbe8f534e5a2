package dev.followthrough.crm.salesforce;

import java.util.List;
import java.util.stream.Collectors;

/** SOQL string literals. Attendee emails come from transcripts and sidecars: never splice them in raw. */
final class Soql {

    private Soql() {
    }

    /** A quoted SOQL literal; backslash and single quote escaped as the SOQL reference prescribes. */
    static String literal(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    static String list(List<String> values) {
        return values.stream().map(Soql::literal).collect(Collectors.joining(", ", "(", ")"));
    }
}
