package com.kuailv.emergency.alert;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Triggers: each opens an alert or counts a repeat of the open one; newly opened alerts are queued
 * for routing. A batch is one statement over arrays, its repeats of one alert merged first (a
 * statement may change a row only once). Arguments: integration id, dedup key, group key, severity,
 * summary, source, details (JSON text), when the sender says it began, when it arrived. A repeat
 * keeps the details it does not send again.
 */
final class AlertUpserts implements GroupCommit.Statement {
  private static final String ONE =
      "with up as ("
          + " insert into alert (integration_id, dedup_key, group_key, status, severity, summary,"
          + " source, details, count, first_seen_at, last_seen_at)"
          + " values ($1, $2, $3, 'OPEN', $4, $5, $6, $7::text::jsonb, 1, $8, $9)"
          + " on conflict (integration_id, dedup_key) where status = 'OPEN' do update set"
          + " count = alert.count + 1, last_seen_at = excluded.last_seen_at,"
          + " severity = excluded.severity, summary = excluded.summary,"
          + " details = alert.details || excluded.details"
          + " returning id, (xmax = 0) as opened)"
          + " insert into alert_routing_queue (alert_id, queued_at)"
          + " select id, $9 from up where opened";
  private static final String MANY =
      "with up as ("
          + " insert into alert (integration_id, dedup_key, group_key, status, severity, summary,"
          + " source, details, count, first_seen_at, last_seen_at)"
          + " select i, d, g, 'OPEN', s, m, src, det::jsonb, n, f, l from unnest($1::bigint[],"
          + " $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],"
          + " $8::timestamptz[], $9::timestamptz[], $10::int[])"
          + " as u (i, d, g, s, m, src, det, f, l, n)"
          + " on conflict (integration_id, dedup_key) where status = 'OPEN' do update set"
          + " count = alert.count + excluded.count, last_seen_at = excluded.last_seen_at,"
          + " severity = excluded.severity, summary = excluded.summary,"
          + " details = alert.details || excluded.details"
          + " returning id, last_seen_at, (xmax = 0) as opened)"
          + " insert into alert_routing_queue (alert_id, queued_at)"
          + " select id, last_seen_at from up where opened";

  /** The alert's identity: integration id and dedup key. */
  static String key(Tuple args) {
    return args.getLong(0) + "\u0000" + args.getString(1);
  }

  /**
   * The one order in which every writer locks alert rows: integration id, then dedup key (the order
   * of PostgreSQL's "C" collation for the text a sender may send, BMP characters). Ending an
   * incident locks its alerts in the same order.
   */
  static String lockOrder(Tuple args) {
    String integration = Long.toString(args.getLong(0));
    return "0".repeat(19 - integration.length()) + integration + "\u0000" + args.getString(1);
  }

  @Override
  public Uni<?> one(SqlClient client, Tuple args) {
    return client.preparedQuery(ONE).execute(args);
  }

  @Override
  public Uni<?> many(SqlClient client, List<Tuple> batch) {
    Map<String, Merged> alerts = new LinkedHashMap<>();
    for (Tuple args : batch) {
      alerts.merge(key(args), new Merged(args, args.getOffsetDateTime(7), 1), Merged::then);
    }
    int size = alerts.size();
    Long[] integrations = new Long[size];
    String[][] text = new String[6][size];
    OffsetDateTime[] firstSeen = new OffsetDateTime[size];
    OffsetDateTime[] lastSeen = new OffsetDateTime[size];
    Integer[] counts = new Integer[size];
    int row = 0;
    for (Merged alert : alerts.values()) {
      Tuple args = alert.latest();
      integrations[row] = args.getLong(0);
      for (int column = 0; column < 6; column++) {
        text[column][row] = args.getString(column + 1);
      }
      firstSeen[row] = alert.first();
      lastSeen[row] = args.getOffsetDateTime(8);
      counts[row] = alert.count();
      row++;
    }
    List<Object> arrays = new ArrayList<>();
    arrays.add(integrations);
    arrays.addAll(Arrays.asList(text));
    arrays.add(firstSeen);
    arrays.add(lastSeen);
    arrays.add(counts);
    return client.preparedQuery(MANY).execute(Tuple.from(arrays));
  }

  /**
   * Repeats of one alert within a batch: the values of the latest to arrive, the earliest start,
   * counted as many times as sent.
   */
  private record Merged(Tuple latest, OffsetDateTime first, int count) {
    Merged then(Merged next) {
      boolean later = !next.latest.getOffsetDateTime(8).isBefore(latest.getOffsetDateTime(8));
      OffsetDateTime earliest = next.first.isBefore(first) ? next.first : first;
      return new Merged(later ? next.latest : latest, earliest, count + next.count);
    }
  }
}
