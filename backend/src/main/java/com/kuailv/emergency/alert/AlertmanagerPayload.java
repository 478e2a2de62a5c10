package com.kuailv.emergency.alert;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.kuailv.emergency.common.error.ProblemException;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The Alertmanager webhook (version 4), which Grafana's alerting webhook shares: a group of alerts,
 * each firing or resolved, identified by its fingerprint.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AlertmanagerPayload(
    String version,
    String groupKey,
    String status,
    String receiver,
    Map<String, String> groupLabels,
    Map<String, String> commonLabels,
    Map<String, String> commonAnnotations,
    String externalURL,
    List<Alert> alerts) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Alert(
      String status,
      Map<String, String> labels,
      Map<String, String> annotations,
      String startsAt,
      String endsAt,
      String generatorURL,
      String fingerprint) {}

  List<AlertSignal> signals(String fallbackSource) {
    if (alerts == null || alerts.isEmpty()) {
      throw ProblemException.invalidField("alerts", "must list at least one alert");
    }
    String group = groupKey == null || groupKey.isBlank() ? "default" : groupKey;
    List<AlertSignal> signals = new ArrayList<>();
    for (int i = 0; i < alerts.size(); i++) {
      Alert alert = alerts.get(i);
      String field = "alerts[" + i + "]";
      if (alert == null || alert.status() == null) {
        throw ProblemException.invalidField(field + ".status", "must be firing or resolved");
      }
      AlertSignal.Action action =
          switch (alert.status()) {
            case "firing" -> AlertSignal.Action.TRIGGER;
            case "resolved" -> AlertSignal.Action.RESOLVE;
            default ->
                throw ProblemException.invalidField(
                    field + ".status", "must be firing or resolved");
          };
      Map<String, String> labels =
          alert.labels() == null ? Map.of() : new TreeMap<>(alert.labels());
      Map<String, String> annotations =
          alert.annotations() == null ? Map.of() : alert.annotations();
      String summary =
          first(
              annotations.get("summary"),
              annotations.get("description"),
              labels.get("alertname"),
              "alert");
      String dedup =
          alert.fingerprint() == null || alert.fingerprint().isBlank()
              ? UUID.nameUUIDFromBytes(labels.toString().getBytes(StandardCharsets.UTF_8))
                  .toString()
              : alert.fingerprint();
      signals.add(
          new AlertSignal(
              truncate(dedup, AlertSignal.DEDUP_LIMIT),
              truncate(group, 500),
              action,
              severity(labels.get("severity")),
              truncate(summary, AlertSignal.SUMMARY_LIMIT),
              truncate(
                  first(labels.get("instance"), labels.get("job"), receiver, fallbackSource), 255),
              new JsonObject()
                  .put("labels", labels)
                  .put("annotations", annotations)
                  .put("generatorURL", alert.generatorURL())
                  .encode(),
              time(alert.startsAt(), field + ".startsAt")));
    }
    return signals;
  }

  private static AlertSignal.Severity severity(String label) {
    if (label == null) {
      return AlertSignal.Severity.WARNING;
    }
    return switch (label.toLowerCase()) {
      case "critical", "page", "p1" -> AlertSignal.Severity.CRITICAL;
      case "error", "high", "p2" -> AlertSignal.Severity.ERROR;
      case "info", "low", "none" -> AlertSignal.Severity.INFO;
      default -> AlertSignal.Severity.WARNING;
    };
  }

  static Instant time(String value, String field) {
    if (value == null || value.isBlank() || value.startsWith("0001-01-01")) {
      return Instant.now();
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField(field, "must be an RFC 3339 time");
    }
  }

  static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return "";
  }

  static String truncate(String value, int limit) {
    return value.length() <= limit ? value : value.substring(0, limit);
  }
}
