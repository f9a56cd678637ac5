package nl.vaardig.web.feed;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.vaardig.ingest.deadletter.DeadLetterQueries;
import nl.vaardig.ingest.feed.FeedFormat;
import nl.vaardig.ingest.pipeline.FeedJob;
import nl.vaardig.ingest.pipeline.FeedJobs;
import nl.vaardig.ingest.pipeline.FeedUploadService;
import nl.vaardig.web.platform.problem.NotFoundException;
import nl.vaardig.web.platform.security.TokenClaims;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk vacancy feeds for administrators: upload a JSON Lines or CSV file as the request body (any size; it is
 * streamed to disk), then follow the job's progress.
 */
@RestController
@RequestMapping("/api/admin/feeds")
public class FeedController {

    public record JobView(UUID id, String feed, String fileName, String format, String status, long recordsRead,
                          long recordsValid, long recordsInvalid, long stored, long failed, double ratePerSecond,
                          String message, Instant startedAt, Instant finishedAt,
                          List<DeadLetterQueries.Summary> errors, FeedJob.Stall stall) {
    }

    private final FeedUploadService uploads;
    private final FeedJobs jobs;
    private final DeadLetterQueries deadLetters;

    public FeedController(FeedUploadService uploads, FeedJobs jobs, DeadLetterQueries deadLetters) {
        this.uploads = uploads;
        this.jobs = jobs;
        this.deadLetters = deadLetters;
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    public ResponseEntity<JobView> upload(@AuthenticationPrincipal Jwt jwt, @RequestParam String feed,
                                          @RequestParam(defaultValue = "upload") String fileName,
                                          @RequestHeader(value = "Content-Type", required = false) String contentType,
                                          HttpServletRequest request) throws IOException {
        FeedFormat format = FeedFormat.detect(fileName, contentType).orElseThrow(() -> new IllegalArgumentException(
                "Upload a .jsonl (JSON Lines) or .csv file"));
        String name = fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
        UUID id = uploads.start(feed, name, format, TokenClaims.currentUser(jwt).username(), request.getInputStream());
        return ResponseEntity.accepted().location(URI.create("/api/admin/feeds/jobs/" + id)).body(view(job(id)));
    }

    @GetMapping("/jobs")
    @PreAuthorize("hasRole('ADMIN')")
    public List<JobView> recent() {
        return jobs.recent(20).stream().map(j -> view(j, List.of())).toList();
    }

    @GetMapping("/jobs/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    public JobView progress(@PathVariable UUID id) {
        return view(job(id));
    }

    private FeedJob job(UUID id) {
        return jobs.find(id).orElseThrow(() -> new NotFoundException("feed job " + id));
    }

    private JobView view(FeedJob job) {
        return view(job, deadLetters.forJob(job.id(), 50));
    }

    private static JobView view(FeedJob j, List<DeadLetterQueries.Summary> errors) {
        return new JobView(j.id(), j.feed(), j.fileName(), j.format(), j.status().name(), j.recordsRead(),
                j.recordsValid(), j.recordsInvalid(), j.stored(), j.failed(), Math.round(j.rate(Instant.now()) * 10) / 10.0,
                j.message(), j.startedAt(), j.finishedAt(), errors, j.stall());
    }
}
