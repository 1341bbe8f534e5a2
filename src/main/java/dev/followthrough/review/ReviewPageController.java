package dev.followthrough.review;

import dev.followthrough.call.CallDetails;
import dev.followthrough.call.CallStatus;
import dev.followthrough.call.CallSummary;
import dev.followthrough.core.ActionItem;
import dev.followthrough.core.Draft;
import java.util.ArrayList;
import java.util.List;
import dev.followthrough.ingest.TranscriptFormat;
import dev.followthrough.ingest.TranscriptRejectedException;
import dev.followthrough.ingest.intake.Attendees;
import dev.followthrough.ingest.intake.CallIntake;
import dev.followthrough.ingest.intake.CallMetadata;
import dev.followthrough.security.CurrentUser;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reps' pages: the review queue, a call, its approval. */
@Controller
class ReviewPageController {

    private final ReviewService review;

    ReviewPageController(ReviewService review) {
        this.review = review;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String queue(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page,
                 @RequestParam(required = false) String q,
                 @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso =
                         org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso =
                         org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate to,
                 Model model) {
        Page<CallSummary> calls = review.queue(user, q, from, to, PageRequest.of(Math.max(0, page), 25));
        model.addAttribute("calls", calls);
        model.addAttribute("counts", review.counts(user));
        model.addAttribute("q", q);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("user", user);
        return "calls/list";
    }

    @GetMapping("/calls/{id}")
    String call(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        CallDetails d = review.get(user, id);
        model.addAttribute("call", d);
        model.addAttribute("view", CallPage.of(d, review.outbox(id)));
        model.addAttribute("audit", review.audit(id));
        model.addAttribute("user", user);
        return "calls/detail";
    }

    @PostMapping("/calls/{id}/draft")
    String saveDraft(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String subject,
                     @RequestParam String body, RedirectAttributes flash) {
        CallDetails d = review.get(user, id);
        var check = review.edit(user, id, new Draft(subject, body), d.actionItems());
        flash.addFlashAttribute("message", "Saved. The check ran again: " + check.verdict() + ".");
        return "redirect:/calls/" + id;
    }

    /**
     * The rep's edit of the action items: rows keep their citations by position; a blank task removes the row,
     * and a new row (without a citation) must be found in the call by the check like any other claim.
     */
    @PostMapping("/calls/{id}/items")
    String saveItems(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                     @RequestParam(name = "owner", required = false) List<String> owners,
                     @RequestParam(name = "task", required = false) List<String> tasks,
                     @RequestParam(name = "due", required = false) List<String> dues, RedirectAttributes flash) {
        CallDetails d = review.get(user, id);
        List<ActionItem> items = new ArrayList<>();
        int rows = tasks == null ? 0 : tasks.size();
        for (int i = 0; i < rows; i++) {
            String task = tasks.get(i).strip();
            if (task.isEmpty()) {
                continue;
            }
            ActionItem before = i < d.actionItems().size() ? d.actionItems().get(i) : null;
            String owner = owners != null && i < owners.size() && !owners.get(i).isBlank() ? owners.get(i).strip() : null;
            LocalDate due = null;
            if (dues != null && i < dues.size() && !dues.get(i).isBlank()) {
                try {
                    due = LocalDate.parse(dues.get(i).strip());
                } catch (java.time.format.DateTimeParseException e) {
                    flash.addFlashAttribute("error", "Due dates look like 2026-11-06; '" + dues.get(i) + "' is not one.");
                    return "redirect:/calls/" + id;
                }
            }
            String dueText = before != null && java.util.Objects.equals(before.dueDate(), due) ? before.dueText() : null;
            items.add(new ActionItem(owner, task, due, dueText, before == null ? List.of() : before.evidence()));
        }
        var check = review.edit(user, id, d.draft() == null ? new Draft("", "") : d.draft(), items);
        flash.addFlashAttribute("message", "Action items saved. The check ran again: " + check.verdict() + ".");
        return "redirect:/calls/" + id;
    }

    @PostMapping("/calls/{id}/approve")
    String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes flash) {
        review.approve(user, id);
        flash.addFlashAttribute("message", "Approved. The results are queued for the CRM.");
        return "redirect:/calls/" + id;
    }

    @PostMapping("/calls/{id}/reject")
    String reject(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                  @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        review.reject(user, id, reason.isBlank() ? "rejected" : reason);
        flash.addFlashAttribute("message", "Rejected. Nothing from this call goes to the CRM.");
        return "redirect:/calls/" + id;
    }

    @PostMapping("/calls/upload")
    String upload(@AuthenticationPrincipal CurrentUser user, @RequestParam("file") MultipartFile file,
                  @RequestParam(required = false) String meetingDate, @RequestParam(required = false) String attendees,
                  @RequestParam(required = false) String customer, RedirectAttributes flash) throws IOException {
        try {
            LocalDate date = meetingDate == null || meetingDate.isBlank() ? null : LocalDate.parse(meetingDate);
            CallMetadata meta = new CallMetadata(date, null, null, customer, Attendees.parseList(attendees));
            CallIntake.Accepted a = review.upload(user, file.getBytes(), file.getOriginalFilename(), (TranscriptFormat) null,
                    meta, true);
            flash.addFlashAttribute("message", a.created() ? "Uploaded and analysed." : "This transcript was already here.");
            return "redirect:/calls/" + a.callId();
        } catch (TranscriptRejectedException e) {
            flash.addFlashAttribute("error", "That file could not be read: " + e.detail());
            return "redirect:/";
        } catch (java.time.format.DateTimeParseException e) {
            flash.addFlashAttribute("error", "The meeting date must look like 2026-11-03.");
            return "redirect:/";
        }
    }

    @ExceptionHandler(CallNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("message", "There is no such call, or it is not yours.");
        return "error/not-found";
    }

    @ExceptionHandler(IllegalStateException.class)
    String conflict(IllegalStateException e, RedirectAttributes flash,
                    jakarta.servlet.http.HttpServletRequest request) {
        flash.addFlashAttribute("error", e.getMessage());
        String uri = request.getRequestURI();
        return "redirect:" + uri.substring(0, uri.lastIndexOf('/'));
    }
}
