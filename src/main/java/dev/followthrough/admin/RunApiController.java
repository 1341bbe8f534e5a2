package dev.followthrough.admin;

import dev.followthrough.pipeline.JobRunner;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Runs on demand for other tools: start one, restart one, watch their progress. Admins only. */
@RestController
@RequestMapping("/api/runs")
@PreAuthorize("hasRole('ADMIN')")
class RunApiController {

    private final JobRunner runner;
    private final JobHistory history;

    RunApiController(JobRunner runner, JobHistory history) {
        this.runner = runner;
        this.history = history;
    }

    @PostMapping
    ResponseEntity<JobRunner.Launch> start() {
        JobRunner.Launch l = runner.start("api");
        return ResponseEntity.status(l.started() ? HttpStatus.ACCEPTED : HttpStatus.CONFLICT).body(l);
    }

    @PostMapping("/{id}/restart")
    ResponseEntity<JobRunner.Launch> restart(@PathVariable long id) {
        JobRunner.Launch l = runner.restart(id);
        return ResponseEntity.status(l.started() ? HttpStatus.ACCEPTED : HttpStatus.CONFLICT).body(l);
    }

    @GetMapping
    List<RunView> list() {
        return history.recent(50);
    }

    @GetMapping("/{id}")
    ResponseEntity<RunView> get(@PathVariable long id) {
        return history.get(id).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }
}
