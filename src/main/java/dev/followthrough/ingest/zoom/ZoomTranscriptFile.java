package dev.followthrough.ingest.zoom;

import java.time.Instant;

/**
 * One TRANSCRIPT (WebVTT) file of one Zoom meeting instance.
 *
 * @param meetingUuid  the instance's uuid (a recurring meeting id has many)
 * @param downloadUrl  fetched with the OAuth token or a webhook's download token as a bearer token
 */
public record ZoomTranscriptFile(String meetingUuid, long meetingId, String topic, Instant startTime, String hostEmail,
        String fileId, String downloadUrl, long fileSize) {

    /** Zoom delivers webhooks at least once; this key identifies the same file across retries and polls. */
    public String dedupeKey() {
        return meetingUuid + "/" + fileId;
    }
}
