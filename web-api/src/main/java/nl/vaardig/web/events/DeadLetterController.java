package nl.vaardig.web.events;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import nl.vaardig.ingest.deadletter.DeadLetter;
import nl.vaardig.ingest.deadletter.DeadLetterQueries;
import nl.vaardig.ingest.deadletter.DeadLetterReason;
import nl.vaardig.ingest.deadletter.DeadLetterRedrive;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.web.platform.problem.NotFoundException;
import nl.vaardig.web.platform.security.TokenClaims;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administrators inspect dead letters (reason, original payload) and re-drive them. */
@RestController
@RequestMapping("/api/admin/dead-letters")
public class DeadLetterController {

    public record DeadLetterList(long open, List<DeadLetterQueries.Summary> items) {
    }

    public record DeadLetterView(DeadLetterQueries.Summary summary, Integer partition, Long offset, String key,
                                 String payload) {
    }

    public record RedriveRequest(@Size(max = 2_000_000) String payload) {
    }

    private final DeadLetterQueries queries;
    private final DeadLetterRedrive redrive;

    public DeadLetterController(DeadLetterQueries queries, DeadLetterRedrive redrive) {
        this.queries = queries;
        this.redrive = redrive;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    public DeadLetterList list(@RequestParam(defaultValue = "true") boolean open,
                               @RequestParam(required = false) DeadLetterReason reason,
                               @RequestParam(defaultValue = "100") int limit) {
        return new DeadLetterList(queries.countOpen(), queries.list(open, reason, Math.clamp(limit, 1, 500)));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    public DeadLetterView get(@PathVariable UUID id) {
        DeadLetter letter = queries.find(id).orElseThrow(() -> new NotFoundException("dead letter " + id));
        DeadLetterQueries.Summary summary = queries.summary(id).orElseThrow(() -> new NotFoundException("dead letter " + id));
        return new DeadLetterView(summary, letter.partition(), letter.offset(), letter.key(),
                EnvelopeCodec.readable(letter.payload(), 200_000));
    }

    @PostMapping("/{id}/redrive")
    @PreAuthorize("hasRole('ADMIN')")
    public ResponseEntity<Void> redrive(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                                        @RequestBody(required = false) RedriveRequest request) {
        redrive.redrive(id, request == null ? null : request.payload(), TokenClaims.currentUser(jwt).username());
        return ResponseEntity.noContent().build();
    }
}
