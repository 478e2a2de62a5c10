package com.kuailv.emergency.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kuailv.emergency.common.db.Background;
import com.kuailv.emergency.common.db.PgChannels;
import com.kuailv.emergency.common.paging.PageResponse;
import com.kuailv.emergency.incident.IncidentApi.IncidentView;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The incident list kept in this replica's memory, so that reading a page never waits for the
 * database while an incident is live. Each committed change to an incident row is announced on
 * PostgreSQL channel {@code incident_rows} (trigger of V24); the model re-reads just those rows and
 * puts them in place, instead of forgetting every page. A change made on this replica is put in
 * place before its answer leaves ({@link #committed}), so the caller's next read shows it.
 *
 * <p>It answers nothing (callers ask the database) until its first load, and while the table holds
 * more than {@code kuailv.incidents.list-model.max-rows} incidents (about 2 KB of heap each).
 */
@ApplicationScoped
class IncidentListModel {
  static final String CHANNEL = "incident_rows";
  private static final Logger LOG = Logger.getLogger(IncidentListModel.class);

  /** Pages remembered per state of the list; beyond this, pages are cut out of memory each time. */
  private static final int MAX_PAGES = 1024;

  /** More changed rows than this at once are read as a whole new list. */
  private static final int MAX_CHANGED = 500;

  private final IncidentRepository incidents;
  private final Background background;
  private final ObjectMapper json;
  private final int maxRows;
  private final Set<Long> changed = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean reloadAll = new AtomicBoolean(true);
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private volatile Rows rows;

  IncidentListModel(
      IncidentRepository incidents,
      Background background,
      ObjectMapper json,
      @ConfigProperty(name = "kuailv.incidents.list-model.max-rows", defaultValue = "20000")
          int maxRows) {
    this.incidents = incidents;
    this.background = background;
    this.json = json;
    this.maxRows = maxRows;
  }

  void start(@Observes StartupEvent startup, PgChannels channels) {
    // Subscribing (again, after a lost connection) reads the whole list: notifications may be lost.
    channels.listen(CHANNEL, this::heard, this::reloadAll);
  }

  /**
   * The page from memory: {@code page} is zero-based, {@code size} incidents at most, the total
   * exact. Null when the model cannot answer (not loaded yet, or too many incidents).
   */
  PageResponse<IncidentView> page(IncidentFilter filter, IncidentSort sort, int page, int size) {
    Cut cut = cut(filter, sort, page, size);
    return cut == null ? null : cut.page();
  }

  /**
   * The same page as the list endpoint's JSON body (UTF-8), written once per remembered page and
   * state of the list. Null when the model cannot answer.
   */
  byte[] pageJson(IncidentFilter filter, IncidentSort sort, int page, int size) {
    Cut cut = cut(filter, sort, page, size);
    return cut == null ? null : cut.json(json);
  }

  private Cut cut(IncidentFilter filter, IncidentSort sort, int page, int size) {
    Rows current = rows;
    return current == null ? null : current.page(new PageKey(filter, sort, page, size));
  }

  /** A change this replica has just committed, shown at once (the NOTIFY follows). */
  void committed(IncidentView incident) {
    synchronized (this) {
      if (rows != null) {
        rows = rows.with(List.of(incident.withAllowedActions(null)), List.of());
      }
    }
  }

  /** Reads the whole list again (also the first time). */
  void reloadAll() {
    reloadAll.set(true);
    catchUp();
  }

  private void heard(String payload) {
    if ("*".equals(payload)) {
      reloadAll();
      return;
    }
    try {
      changed.add(Long.parseLong(payload));
    } catch (NumberFormatException e) {
      LOG.warnf("Ignoring a malformed %s payload: %s", CHANNEL, payload);
      return;
    }
    catchUp();
  }

  /** One refresh at a time; what is heard meanwhile is read by one more refresh. */
  private void catchUp() {
    if (!running.compareAndSet(false, true)) {
      again.set(true);
      return;
    }
    background.run(
        this::refresh,
        failure -> {
          if (failure != null) {
            LOG.warnf("The incident list could not catch up: %s", failure.getMessage());
            reloadAll.set(true);
          }
          running.set(false);
          if (again.getAndSet(false)) {
            catchUp();
          }
        });
  }

  private Uni<Void> refresh() {
    if (reloadAll.getAndSet(false) || changed.size() > MAX_CHANGED) {
      changed.clear();
      return incidents.firstRows(maxRows + 1).invoke(this::replaceAll).replaceWithVoid();
    }
    List<Long> ids = new ArrayList<>(changed);
    changed.removeAll(ids);
    if (ids.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return incidents
        .findByIds(ids)
        .invoke(
            found -> {
              List<IncidentView> views = found.stream().map(IncidentMapper::toView).toList();
              List<Long> gone = new ArrayList<>(ids);
              views.forEach(view -> gone.remove(view.id()));
              synchronized (this) {
                if (rows != null) {
                  rows = rows.with(views, gone);
                }
              }
            })
        .replaceWithVoid();
  }

  private void replaceAll(List<Incident> found) {
    if (found.size() > maxRows) {
      LOG.warnf(
          "More than %d incidents: the list is read from the database"
              + " (raise kuailv.incidents.list-model.max-rows to keep it in memory)",
          maxRows);
      synchronized (this) {
        rows = null;
      }
      return;
    }
    List<IncidentView> views = found.stream().map(IncidentMapper::toView).toList();
    synchronized (this) {
      // Rows put in place while this load was under way may be newer than what it read.
      Rows loaded = Rows.of(views);
      rows = rows == null ? loaded : loaded.with(rows.byId.values(), List.of());
    }
  }

  record PageKey(IncidentFilter filter, IncidentSort sort, int page, int size) {}

  /** A page cut out of one state of the list, and its JSON once asked for. */
  private static final class Cut {
    private final PageResponse<IncidentView> page;
    private volatile byte[] json;

    Cut(PageResponse<IncidentView> page) {
      this.page = page;
    }

    PageResponse<IncidentView> page() {
      return page;
    }

    byte[] json(ObjectMapper mapper) {
      byte[] written = json;
      if (written == null) {
        try {
          written = mapper.writeValueAsBytes(page);
        } catch (JsonProcessingException e) {
          throw new IllegalStateException("An incident page could not be written as JSON", e);
        }
        json = written;
      }
      return written;
    }
  }

  /** One state of the list: never changed, replaced as a whole. */
  private static final class Rows {
    final Map<Long, IncidentView> byId;
    final List<IncidentView> byReported;
    final List<IncidentView> byOccurred;
    final Map<PageKey, Cut> pages = new ConcurrentHashMap<>();

    private Rows(
        Map<Long, IncidentView> byId,
        List<IncidentView> byReported,
        List<IncidentView> byOccurred) {
      this.byId = byId;
      this.byReported = byReported;
      this.byOccurred = byOccurred;
    }

    static Rows of(Collection<IncidentView> views) {
      Map<Long, IncidentView> byId = new HashMap<>();
      views.forEach(view -> byId.put(view.id(), view));
      List<IncidentView> byReported = new ArrayList<>(byId.values());
      byReported.sort(IncidentSort.BY_REPORTED);
      List<IncidentView> byOccurred = new ArrayList<>(byId.values());
      byOccurred.sort(IncidentSort.BY_OCCURRED);
      return new Rows(byId, byReported, byOccurred);
    }

    /**
     * This list with {@code changed} in place (where newer than what it holds), {@code gone} out.
     */
    Rows with(Collection<IncidentView> changed, Collection<Long> gone) {
      Map<Long, IncidentView> byId = new HashMap<>(this.byId);
      List<IncidentView> byReported = new ArrayList<>(this.byReported);
      List<IncidentView> byOccurred = new ArrayList<>(this.byOccurred);
      for (Long id : gone) {
        IncidentView held = byId.remove(id);
        if (held != null) {
          remove(byReported, held, IncidentSort.BY_REPORTED);
          remove(byOccurred, held, IncidentSort.BY_OCCURRED);
        }
      }
      for (IncidentView view : changed) {
        IncidentView held = byId.get(view.id());
        if (held != null && held.version() > view.version()) {
          continue;
        }
        if (held != null) {
          remove(byReported, held, IncidentSort.BY_REPORTED);
          remove(byOccurred, held, IncidentSort.BY_OCCURRED);
        }
        byId.put(view.id(), view);
        insert(byReported, view, IncidentSort.BY_REPORTED);
        insert(byOccurred, view, IncidentSort.BY_OCCURRED);
      }
      return new Rows(byId, byReported, byOccurred);
    }

    Cut page(PageKey key) {
      Cut known = pages.get(key);
      if (known != null) {
        return known;
      }
      Cut cut = new Cut(cut(key));
      if (pages.size() < MAX_PAGES) {
        pages.put(key, cut);
      }
      return cut;
    }

    private PageResponse<IncidentView> cut(PageKey key) {
      List<IncidentView> order = key.sort().byReportTime() ? byReported : byOccurred;
      boolean ascending = key.sort().ascending;
      long first = (long) key.page() * key.size();
      List<IncidentView> items = new ArrayList<>();
      long total = 0;
      for (int i = 0; i < order.size(); i++) {
        IncidentView incident = order.get(ascending ? order.size() - 1 - i : i);
        if (key.filter().matches(incident)) {
          if (total >= first && items.size() < key.size()) {
            items.add(incident);
          }
          total++;
        }
      }
      return new PageResponse<>(List.copyOf(items), key.page(), key.size(), total);
    }

    private static <T> void remove(List<T> list, T item, Comparator<T> order) {
      int at = Collections.binarySearch(list, item, order);
      if (at >= 0) {
        list.remove(at);
      }
    }

    private static <T> void insert(List<T> list, T item, Comparator<T> order) {
      int at = Collections.binarySearch(list, item, order);
      list.add(at < 0 ? -at - 1 : at, item);
    }
  }
}
