package dev.followthrough.crm.http;

/** Text shaping both CRMs need: field length limits and plain text shown in rich-text fields. */
public final class CrmText {

    private CrmText() {
    }

    /** Cuts to {@code max} characters with a visible marker, so a cut is never mistaken for the whole text. */
    public static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        String marker = " [...]";
        return text.substring(0, Math.max(0, max - marker.length())) + marker;
    }

    /** Plain text to HTML that keeps the line breaks (HubSpot's rich-text fields collapse bare newlines). */
    public static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> { }
                case '\n' -> out.append("<br>");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
