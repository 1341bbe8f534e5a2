package dev.followthrough.crm.http;

/** Keeps bearer tokens out of logs and exception messages. */
public final class Secrets {

    private Secrets() {
    }

    public static String mask(String secret) {
        return secret == null || secret.isEmpty() ? "(unset)" : "****";
    }

    public static String redact(String text, java.util.Collection<String> secrets) {
        String out = text;
        for (String s : secrets) {
            out = redact(out, s);
        }
        return out;
    }

    /** Replaces every occurrence of the secret (a CRM may echo a request header back in an error body). */
    public static String redact(String text, String secret) {
        if (text == null || secret == null || secret.length() < 4) {
            return text;
        }
        return text.replace(secret, "****");
    }
}
