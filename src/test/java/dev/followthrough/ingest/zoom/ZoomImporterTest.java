package dev.followthrough.ingest.zoom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.followthrough.ingest.TranscriptFormat;
import dev.followthrough.ingest.TranscriptRejectedException;
import dev.followthrough.ingest.intake.CallIntake;
import dev.followthrough.ingest.intake.CallMetadata;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ZoomImporterTest {

    private static final byte[] VTT = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nDana: hi\n".getBytes(StandardCharsets.UTF_8);

    private final ZoomClient client = mock(ZoomClient.class);
    private final CallIntake intake = mock(CallIntake.class);
    private final ZoomProperties props = new ZoomProperties("a", "b", "c", null, null, null, Duration.ofDays(7), null,
            null, null);
    private final ZoomImporter importer = new ZoomImporter(client, intake, props);

    private static ZoomTranscriptFile file(String uuid, String fileId) {
        return new ZoomTranscriptFile(uuid, 81234, "Acme / renewal: Q4", Instant.parse("2026-11-03T23:30:00Z"),
                "dana.reyes@northwind.example", fileId, "https://zoom.example/rec/" + fileId, 40);
    }

    @Test
    void eachTranscriptBecomesACallWithTheMeetingAsMetadata() {
        when(client.download(any(), eq("dl"))).thenReturn(VTT);
        when(intake.accept(any(), any(), any(), any(), any())).thenReturn(new CallIntake.Accepted(7, true, TranscriptFormat.VTT, List.of()));

        ZoomImporter.Report r = importer.importAll(List.of(file("u1", "f1")), "dl");

        assertThat(r).isEqualTo(new ZoomImporter.Report(1, 0, 0, 0));
        ArgumentCaptor<CallMetadata> meta = ArgumentCaptor.forClass(CallMetadata.class);
        ArgumentCaptor<String> name = ArgumentCaptor.forClass(String.class);
        verify(intake).accept(eq(VTT), name.capture(), eq(TranscriptFormat.VTT), meta.capture(), eq("zoom"));
        assertThat(meta.getValue().meetingDate()).isEqualTo(LocalDate.parse("2026-11-03"));
        assertThat(meta.getValue().rep()).isEqualTo("dana.reyes@northwind.example");
        assertThat(meta.getValue().title()).isEqualTo("Acme / renewal: Q4");
        assertThat(name.getValue()).isEqualTo("Acme _ renewal_ Q4 81234.vtt");
    }

    @Test
    void aRedeliveredFileIsNotDownloadedAgain() {
        when(client.download(any(), any())).thenReturn(VTT);
        when(intake.accept(any(), any(), any(), any(), any())).thenReturn(new CallIntake.Accepted(7, true, TranscriptFormat.VTT, List.of()));

        importer.importAll(List.of(file("u1", "f1")), "dl");
        ZoomImporter.Report again = importer.importAll(List.of(file("u1", "f1"), file("u1", "f2")), "dl");

        assertThat(again.alreadyKnown()).isEqualTo(1);
        assertThat(again.imported()).isEqualTo(1);
        verify(client, times(2)).download(any(), any());
    }

    @Test
    void aFailedDownloadIsRetriedLaterAndDoesNotStopTheOthers() {
        when(client.download(eq(file("u1", "bad")), isNull())).thenThrow(new ZoomException("HTTP 500", 500, null, null));
        when(client.download(eq(file("u1", "good")), isNull())).thenReturn(VTT);
        when(intake.accept(any(), any(), any(), any(), any())).thenReturn(new CallIntake.Accepted(8, true, TranscriptFormat.VTT, List.of()));

        ZoomImporter.Report r = importer.importAll(List.of(file("u1", "bad"), file("u1", "good")), null);
        importer.importAll(List.of(file("u1", "bad")), null);

        assertThat(r).isEqualTo(new ZoomImporter.Report(1, 0, 0, 1));
        verify(client, times(2)).download(eq(file("u1", "bad")), isNull());
    }

    @Test
    void anUnreadableTranscriptIsQuarantinedWithItsReason() {
        TranscriptRejectedException bad = new TranscriptRejectedException("no-utterances", "The file has no cues at all.");
        when(client.download(any(), any())).thenReturn("WEBVTT\n".getBytes(StandardCharsets.UTF_8));
        when(intake.accept(any(), any(), any(), any(), any())).thenThrow(bad);

        ZoomImporter.Report r = importer.importAll(List.of(file("u9", "f9")), "dl");

        assertThat(r.quarantined()).isEqualTo(1);
        verify(intake).quarantine(any(), isNull(), any(), eq(bad), eq("zoom"));
    }

    @Test
    void pollingWithoutCredentialsDoesNothing() {
        ZoomImporter unconfigured = new ZoomImporter(client, intake,
                new ZoomProperties(null, null, null, null, null, null, null, null, null, null));

        unconfigured.poll();

        verify(client, never()).recentTranscripts();
    }
}
