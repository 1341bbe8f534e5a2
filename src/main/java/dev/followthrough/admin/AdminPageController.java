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
import java.util.LinkedHashMap;
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

    AdminPageController(JobHistory history, JobRunner runner, CallStore calls, CallIntake intake, Inbox inbox,
                        CrmOutbox outbox, OutboxSender sender, RepDirectory reps, EngineInfo engine,
                        FollowthroughProperties props, LlmStatus llm) {
        this.llm = llm;
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
        model.addAttribute("runs", history.recent(25));
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
        model.addAttribute("crmAuthError", sender.lastAuthError());
        model.addAttribute("reps", reps.all());
        model.addAttribute("engine", engine.describe());
        model.addAttribute("llm", llm);
        model.addAttribute("inbox", inbox.root());
        model.addAttribute("cron", props.schedule().enabled() ? props.schedule().cron() : "disabled");
        return "admin/index";
    }

    @PostMapping("/admin/runs")
    String runNow(RedirectAttributes flash) {
        flash.addFlashAttribute("message", runner.start("manual").message());
        return "redirect:/admin";
    }

    @PostMapping("/admin/runs/{id}/restart")
    String restart(@PathVariable long id, RedirectAttributes flash) {
        flash.addFlashAttribute("message", runner.restart(id).message());
        return "redirect:/admin";
    }

    @PostMapping("/admin/calls/{id}/reprocess")
    String reprocess(@PathVariable long id, RedirectAttributes flash) {
        calls.requeue(id);
        JobRunner.Launch l = runner.start("reprocess call " + id);
        flash.addFlashAttribute("message", "Call " + id + " is queued again. " + l.message());
        return "redirect:/admin";
    }

    @PostMapping("/admin/quarantine/{id}/retry")
    String retryQuarantined(@PathVariable long id, RedirectAttributes flash) throws IOException {
        QuarantineEntry q = intake.quarantined(id).orElse(null);
        if (q == null || q.storedPath() == null) {
            flash.addFlashAttribute("error", "That file is no longer in quarantine.");
            return "redirect:/admin";
        }
        inbox.retry(Path.of(q.storedPath()));
        intake.resolveQuarantine(id);
        flash.addFlashAttribute("message", q.fileName() + " is back in the inbox; " + runner.start("retry").message());
        return "redirect:/admin";
    }

    @PostMapping("/admin/outbox/{id}/retry")
    String retryOutbox(@PathVariable long id, RedirectAttributes flash) {
        outbox.retry(id);
        flash.addFlashAttribute("message", "Outbox record " + id + " will be sent on the next run.");
        return "redirect:/admin";
    }
}
