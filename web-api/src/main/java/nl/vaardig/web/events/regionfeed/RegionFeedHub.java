package nl.vaardig.web.events.regionfeed;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** This instance's open live-feed connections and the regions each may see. */
@Component
public class RegionFeedHub {

    private final Map<SseEmitter, Set<String>> subscribers = new ConcurrentHashMap<>();

    SseEmitter subscribe(Set<String> regions, long unread) {
        SseEmitter emitter = new SseEmitter(30 * 60 * 1000L);
        subscribers.put(emitter, Set.copyOf(regions));
        emitter.onCompletion(() -> subscribers.remove(emitter));
        emitter.onTimeout(() -> subscribers.remove(emitter));
        emitter.onError(e -> subscribers.remove(emitter));
        send(emitter, SseEmitter.event().name("ready").data(Map.of("unread", unread), MediaType.APPLICATION_JSON));
        return emitter;
    }

    /** Sends an event to every connection whose user works in its region. */
    public void broadcast(RegionEventView event) {
        subscribers.forEach((emitter, regions) -> {
            if (regions.contains(event.region())) {
                send(emitter, SseEmitter.event().id(event.id().toString()).name("region-event")
                        .data(event, MediaType.APPLICATION_JSON));
            }
        });
    }

    public int connections() {
        return subscribers.size();
    }

    /** Keeps idle connections open through proxies, and finds the ones whose browser left. */
    @Scheduled(fixedDelay = 20_000)
    void heartbeat() {
        subscribers.keySet().forEach(emitter -> send(emitter, SseEmitter.event().comment("keep-alive")));
    }

    private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            synchronized (emitter) {
                emitter.send(event);
            }
        } catch (IOException | IllegalStateException e) {
            subscribers.remove(emitter);
            emitter.completeWithError(e);
        }
    }
}
