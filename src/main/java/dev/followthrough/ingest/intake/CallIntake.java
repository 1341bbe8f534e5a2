package dev.followthrough.ingest.intake;

import dev.followthrough.call.Attendee;
import dev.followthrough.call.CallStore;
import dev.followthrough.call.CallStore.RegisterResult;
import dev.followthrough.call.NewCall;
import dev.followthrough.ingest.ParsedTranscript;
import dev.followthrough.ingest.TranscriptFormat;
import dev.followthrough.ingest.TranscriptParser;
import dev.followthrough.ingest.TranscriptRejectedException;
import dev.followthrough.rep.RepDirectory;
import dev.followthrough.rep.RepInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Takes one transcript from any source (inbox, upload, Zoom), parses it and stores it as a NEW call. */
@Service
public class CallIntake {

    private static final Logger log = LoggerFactory.getLogger(CallIntake.class);

    private final TranscriptParser parser;
    private final CallStore calls;
    private final RepDirectory reps;
    private final QuarantineRepository quarantine;
    private final Clock clock;

    CallIntake(TranscriptParser parser, CallStore calls, RepDirectory reps, QuarantineRepository quarantine,
               Optional<Clock> clock) {
        this.parser = parser;
        this.calls = calls;
        this.reps = reps;
        this.quarantine = quarantine;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** The result of taking one file: the call it became, and whether it was new. */
    public record Accepted(long callId, boolean created, TranscriptFormat format, List<String> warnings) {
    }

    /**
     * @throws TranscriptRejectedException when the file cannot be read; nothing is stored then
     */
    public Accepted accept(byte[] content, String fileName, TranscriptFormat forced, CallMetadata meta, String source) {
        return accept(content, fileName, forced, meta, source, null);
    }

    /**
     * @param ownerRepId the rep the call belongs to whatever the metadata says (a rep's own upload), or {@code null}
     */
    public Accepted accept(byte[] content, String fileName, TranscriptFormat forced, CallMetadata meta, String source,
                           Long ownerRepId) {
        String hash = sha256(content);
        Optional<Long> known = calls.findByContentHash(hash);
        if (known.isPresent()) {
            return new Accepted(known.get(), false, null, List.of("This transcript was already imported."));
        }
        ParsedTranscript parsed = parser.parse(content, fileName, forced);
        if (parsed.transcript().isEmpty()) {
            throw new TranscriptRejectedException("no-utterances", "The file holds no spoken text.");
        }
        CallMetadata m = meta == null ? CallMetadata.none() : meta;
        Long repId = ownerRepId != null ? ownerRepId : resolveRep(m, parsed).map(RepInfo::id).orElse(null);
        LocalDate date = m.meetingDate() != null ? m.meetingDate() : LocalDate.now(clock);
        List<Attendee> attendees = m.attendees();
        RegisterResult r = calls.register(new NewCall(source, fileName == null ? "upload" : fileName, content, hash,
                parsed.format().name(), parsed.transcript(), repId, date, m.title(), m.customer(), attendees));
        if (r.created()) {
            log.info("Imported call {} from {} ({}, {} utterances{})", r.callId(), fileName, parsed.format(),
                    parsed.transcript().utterances().size(), repId == null ? ", no rep identified" : "");
        }
        return new Accepted(r.callId(), r.created(), parsed.format(), parsed.warnings());
    }

    /** Records a file that could not be read, so an admin sees it and can retry it after a fix. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public QuarantineEntry quarantine(String fileName, String storedPath, byte[] content, TranscriptRejectedException e,
                                      String source) {
        QuarantinedFile q = quarantine.save(new QuarantinedFile(fileName, storedPath,
                content == null ? null : sha256(content), e.code(), e.detail(), source));
        log.warn("Quarantined {}: [{}] {}", fileName, e.code(), e.detail());
        return q.toEntry();
    }

    public List<QuarantineEntry> openQuarantine() {
        return quarantine.findByResolvedFalseOrderByIdDesc().stream().map(QuarantinedFile::toEntry).toList();
    }

    public Optional<QuarantineEntry> quarantined(long id) {
        return quarantine.findById(id).map(QuarantinedFile::toEntry);
    }

    public void resolveQuarantine(long id) {
        quarantine.findById(id).ifPresent(q -> {
            q.resolved = true;
            quarantine.save(q);
        });
    }

    /**
     * The sidecar's rep when given; otherwise the one roster rep who speaks on the call. Two roster reps and no
     * sidecar: we do not guess.
     */
    private Optional<RepInfo> resolveRep(CallMetadata m, ParsedTranscript parsed) {
        if (m.rep() != null && !m.rep().isBlank()) {
            Optional<RepInfo> byEmail = reps.byEmail(m.rep());
            return byEmail.isPresent() ? byEmail : reps.matchSpeaker(m.rep());
        }
        List<RepInfo> speaking = parsed.transcript().speakers().stream()
                .map(reps::matchSpeaker).flatMap(Optional::stream).distinct().toList();
        return speaking.size() == 1 ? Optional.of(speaking.get(0)) : Optional.empty();
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String s) {
        return sha256(s.getBytes(StandardCharsets.UTF_8));
    }
}
