package com.kuailv.emergency.incident;

import com.kuailv.emergency.common.events.IncidentEventStream;
import com.kuailv.emergency.common.paging.PageResponse;
import com.kuailv.emergency.incident.IncidentApi.IncidentView;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Keeps recently read list pages until anything changes: every committed incident event (heard on
 * every replica through LISTEN/NOTIFY) forgets them all. Every open screen reads the same few
 * pages, and incidents change far less often than they are read.
 */
@ApplicationScoped
class IncidentListCache {
  private static final int MAX_ENTRIES = 512;

  record Key(IncidentFilter filter, IncidentSort sort, int page, int size) {}

  private final Map<Key, Uni<PageResponse<IncidentView>>> pages = new ConcurrentHashMap<>();

  void listen(@Observes StartupEvent startup, IncidentEventStream events) {
    events.all().subscribe().with(event -> forgetAll());
  }

  void forgetAll() {
    pages.clear();
  }

  /** The page, loaded once however many readers ask for it at the same moment. */
  Uni<PageResponse<IncidentView>> page(Key key, Supplier<Uni<PageResponse<IncidentView>>> load) {
    Uni<PageResponse<IncidentView>> known = pages.get(key);
    if (known != null) {
      return known;
    }
    if (pages.size() >= MAX_ENTRIES) {
      return load.get();
    }
    Uni<PageResponse<IncidentView>> shared =
        load.get().onFailure().invoke(failure -> pages.remove(key)).memoize().indefinitely();
    Uni<PageResponse<IncidentView>> raced = pages.putIfAbsent(key, shared);
    return raced != null ? raced : shared;
  }
}
