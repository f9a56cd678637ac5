package nl.vaardig.web.events.regionfeed;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.web.platform.security.CurrentUser;
import nl.vaardig.web.platform.security.TokenClaims;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live feed of a jobcoach's or loket's regions: recent events with the unread count, a server-sent event
 * stream of new ones, and "mark as read". Only the regions in the user's token are ever shown.
 */
@RestController
@RequestMapping("/api/events")
public class RegionFeedController {

    public record Feed(long unread, List<RegionEventView> events) {
    }

    private final JdbcClient jdbc;
    private final RegionFeedHub hub;
    private final JsonMapper json = EnvelopeCodec.mapper();

    public RegionFeedController(JdbcClient jdbc, RegionFeedHub hub) {
        this.jdbc = jdbc;
        this.hub = hub;
    }

    @GetMapping("/feed")
    @PreAuthorize("hasAnyRole('JOBCOACH', 'REGIO_STAFF')")
    public Feed feed(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "50") int limit) {
        CurrentUser user = TokenClaims.currentUser(jwt);
        String[] regions = user.regions().toArray(String[]::new);
        List<RegionEventView> events = jdbc.sql("select event_id, region, event_type, subject, occurred_at, summary::text "
                        + "from region_event where region = any(?) order by occurred_at desc limit ?")
                .params(regions, Math.clamp(limit, 1, 200))
                .query((rs, n) -> new RegionEventView(rs.getObject(1, java.util.UUID.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                        json.readValue(rs.getString(6), new TypeReference<Map<String, Object>>() { }))).list();
        return new Feed(unread(user), events);
    }

    @GetMapping(path = "/stream", produces = "text/event-stream")
    @PreAuthorize("hasAnyRole('JOBCOACH', 'REGIO_STAFF')")
    public SseEmitter stream(@AuthenticationPrincipal Jwt jwt) {
        CurrentUser user = TokenClaims.currentUser(jwt);
        return hub.subscribe(user.regions(), unread(user));
    }

    @PostMapping("/feed/read")
    @PreAuthorize("hasAnyRole('JOBCOACH', 'REGIO_STAFF')")
    public Feed markRead(@AuthenticationPrincipal Jwt jwt) {
        CurrentUser user = TokenClaims.currentUser(jwt);
        jdbc.sql("insert into region_event_read (user_subject, read_until) values (?, now()) "
                + "on conflict (user_subject) do update set read_until = excluded.read_until").param(user.subject()).update();
        return new Feed(0, List.of());
    }

    private long unread(CurrentUser user) {
        Set<String> regions = user.regions();
        if (regions.isEmpty()) {
            return 0;
        }
        Timestamp since = jdbc.sql("select read_until from region_event_read where user_subject = ?")
                .param(user.subject()).query(Timestamp.class).optional().orElse(new Timestamp(0));
        return jdbc.sql("select count(*) from region_event where region = any(?) and received_at > ?")
                .params(regions.toArray(String[]::new), since).query(Long.class).single();
    }
}
