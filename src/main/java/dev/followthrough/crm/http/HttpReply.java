package dev.followthrough.crm.http;

import okhttp3.Headers;

/** A CRM response read into memory (CRM responses are small JSON documents). */
public record HttpReply(int code, Headers headers, String body) {

    public boolean isSuccessful() {
        return code >= 200 && code < 300;
    }

    public String header(String name) {
        return headers.get(name);
    }

    /** The first characters of the body, for messages when the body is not the JSON the CRM documents. */
    public String bodySnippet() {
        String b = body == null ? "" : body.strip();
        return b.length() <= 300 ? b : b.substring(0, 300) + "...";
    }
}
