package dev.followthrough.drafting;

import java.util.List;

/** Learns a rep's style from their sample sent emails (each the raw text, optionally starting "Subject: ..."). */
public interface StyleProfiler {

    StyleProfile profile(String repName, List<String> sampleEmails);
}
