package dev.followthrough.admin;

import dev.followthrough.FollowthroughProperties;
import dev.followthrough.call.CallStatus;
import dev.followthrough.call.CallStore;
import dev.followthrough.crm.outbox.CrmOutbox;
import dev.followthrough.crm.outbox.OutboxSender;
import dev.followthrough.ingest.intake.CallIntake;
import dev.followthrough.ingest.intake.Inbox;
import dev.followthrough.ingest.intake.QuarantineEntry;
import dev.followthrough.pipeline.JobRunner;
import dev.followthrough.llm.LlmStatus;
import dev.followthrough.rep.RepDirectory;
import java.io.IOException;
import java.nio.file.Path;
import dev.followthrough.call.UsageTotals;
import java.security.Principal;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admins' page: runs with their progress, start and restart, quarantine, outbox, settings in force. */
@Controller
class AdminPageController {

    private final JobHistory history;
    private final JobRunner runner;
    private final CallStore calls;
    private final CallIntake intake;
    private final Inbox inbox;
    private final CrmOutbox outbox;
    private final OutboxSender sender;
    private final RepDirectory reps;
    private final EngineInfo engine;
    private final FollowthroughProperties props;
    private final LlmStatus llm;
    private final AdminAudit audit;

    AdminPageController(JobHistory history, JobRunner runner, CallStore calls, CallIntake intake, Inbox inbox,
                        CrmOutbox outbox, OutboxSender sender, RepDirectory reps, EngineInfo engine,
                        FollowthroughProperties props, LlmStatus llm, AdminAudit audit) {
        this.llm = llm;
        this.audit = audit;
        this.history = history;
        this.runner = runner;
        this.calls = calls;
        this.intake = intake;
        this.inbox = inbox;
        this.outbox = outbox;
        this.sender = sender;
        this.reps = reps;
        this.engine = engine;
        this.props = props;
    }

    @GetMapping("/admin")
    String admin(Model model) {
        List<RunView> runs = history.recent(25);
        model.addAttribute("runs", runs);
        Map<String, UsageTotals> runUsage = new HashMap<>();
        calls.usageByRun(50).forEach(u -> runUsage.put(u.key(), u));
        model.addAttribute("runUsage", runUsage);
        boolean running = runner.isRunning();
        model.addAttribute("running", running);
        if (running) {
            model.addAttribute("refreshSeconds", 2); // the progress bar moves while the run goes on
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (CallStatus s : CallStatus.values()) {
            counts.put(s.name(), calls.count(s));
        }
        model.addAttribute("callCounts", counts);
        model.addAttribute("quarantine", intake.openQuarantine());
        model.addAttribute("outboxCounts", outbox.counts());
        model.addAttribute("outbox", outbox.recent());
        model.addAttribute("crm", sender.crmName().orElse("none (results wait in the outbox)"));
        model.addAttribute("crmConfigured", sender.crmName().isPresent());
        model.addAttribute("crmAuthError", sender.lastAuthError());
        model.addAttribute("reps", reps.all());
        model.addAttribute("stages", engine.stages());
        model.addAttribute("llm", llm);
        model.addAttribute("inbox", inbox.root());
        model.addAttribute("schedule", NextRun.of(props.schedule().cron(), props.schedule().enabled(), ZonedDateTime.now()));
        model.addAttribute("audit", audit.recent(15));
        return "admin/index";
    }

    @PostMapping("/admin/runs")
    String runNow(Principal who, RedirectAttributes flash) {
        JobRunner.Launch l = runner.start("manual");
        audit.record(who.getName(), "RUN_START", null, l.message());
        flash.addFlashAttribute("message", l.message());
        return "redirect:/admin";
    }

    @PostMapping("/admin/runs/{id}/restart")
    String restart(@PathVariable long id, Principal who, RedirectAttributes flash) {
        JobRunner.Launch l = runner.restart(id);
        audit.record(who.getName(), "RUN_RESTART", null, "run " + id + ": " + l.message());
        flash.addFlashAttribute("message", l.message());
        return "redirect:/admin";
    }

    @PostMapping("/admin/calls/{id}/reprocess")
    String reprocess(@PathVariable long id, Principal who, RedirectAttributes flash) {
        calls.requeue(id);
        JobRunner.Launch l = runner.start("reprocess call " + id);
        audit.record(who.getName(), "CALL_REPROCESS", id, l.message());
        flash.addFlashAttribute("message", "Call " + id + " is queued again. " + l.message());
        return "redirect:/admin";
    }

    @PostMapping("/admin/quarantine/{id}/retry")
    String retryQuarantined(@PathVariable long id, Principal who, RedirectAttributes flash) throws IOException {
        QuarantineEntry q = intake.quarantined(id).orElse(null);
        if (q == null || q.storedPath() == null) {
            flash.addFlashAttribute("error", "That file is no longer in quarantine.");
            return "redirect:/admin";
        }
        inbox.retry(Path.of(q.storedPath()));
        intake.resolveQuarantine(id);
        audit.record(who.getName(), "QUARANTINE_RETRY", null, q.fileName());
        flash.addFlashAttribute("message", q.fileName() + " is back in the inbox; " + runner.start("retry").message());
        return "redirect:/admin";
    }

    @PostMapping("/admin/outbox/{id}/retry")
    String retryOutbox(@PathVariable long id, Principal who, RedirectAttributes flash) {
        outbox.retry(id);
        audit.record(who.getName(), "OUTBOX_RETRY", null, "outbox record " + id);
        flash.addFlashAttribute("message", "Outbox record " + id + " will be sent on the next run.");
        return "redirect:/admin";
    }
}
