package dev.followthrough.review;

import dev.followthrough.call.Attendee;
import dev.followthrough.ingest.TranscriptFormat;
import dev.followthrough.ingest.TranscriptRejectedException;
import dev.followthrough.ingest.intake.Attendees;
import dev.followthrough.ingest.intake.CallIntake;
import dev.followthrough.ingest.intake.CallMetadata;
import dev.followthrough.security.CurrentUser;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/calls")
class CallApiController {

    private final ReviewService review;

    CallApiController(ReviewService review) {
        this.review = review;
    }

    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<CallView> upload(@AuthenticationPrincipal CurrentUser user,
                                    @RequestParam(value = "file", required = false) MultipartFile file,
                                    @RequestParam(required = false) String rep,
                                    @RequestParam(required = false) String meetingDate,
                                    @RequestParam(required = false) String attendees,
                                    @RequestParam(required = false) String title,
                                    @RequestParam(required = false) String customer,
                                    @RequestParam(required = false) String format,
                                    @RequestParam(defaultValue = "false") boolean sync) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new TranscriptRejectedException("empty", "Send the transcript as a non-empty multipart field named 'file'.");
        }
        // a rep's upload is always their own call, whatever the form says (ReviewService enforces it)
        List<Attendee> people = Attendees.parseList(attendees);
        CallMetadata meta = new CallMetadata(date(meetingDate), rep, title, customer, people);
        CallIntake.Accepted a = review.upload(user, file.getBytes(), file.getOriginalFilename(),
                TranscriptFormat.parse(format).orElse(null), meta, sync);
        CallView view = CallView.of(review.get(user, a.callId()), review.outbox(a.callId()), false);
        return ResponseEntity.status(a.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .header("Location", "/api/calls/" + a.callId()).body(view);
    }

    @GetMapping
    Map<String, Object> list(@AuthenticationPrincipal CurrentUser user,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "20") int size) {
        Page<CallView.SummaryView> p = review.list(user,
                PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 200), Sort.by(Sort.Direction.DESC, "id")))
                .map(CallView.SummaryView::of);
        return Map.of("items", p.getContent(), "page", p.getNumber(), "size", p.getSize(),
                "totalItems", p.getTotalElements(), "totalPages", p.getTotalPages());
    }

    @GetMapping("/{id}")
    CallView get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                 @RequestParam(defaultValue = "false") boolean transcript) {
        return CallView.of(review.get(user, id), review.outbox(id), transcript);
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new TranscriptRejectedException("bad-metadata", "meetingDate '" + s + "' is not an ISO date (e.g. 2026-11-03).");
        }
    }
}
