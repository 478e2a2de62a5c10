package com.kuailv.emergency.alert;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.text.StorableText;
import com.kuailv.emergency.common.time.SenderTime;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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

  /** Turns labels and annotations into JSON; plain maps of strings need no configuration. */
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The alerts of the group: a firing alert's time is its {@code startsAt}, a resolved one's its
   * {@code endsAt} (Alertmanager's zero time, or none, means the arrival time). Refuses (400 naming
   * the field) a group without alerts, an unknown status or a time that is no ISO 8601 date-time.
   */
  List<AlertSignal> signals(String fallbackSource) {
    if (alerts == null || alerts.isEmpty()) {
      throw ProblemException.invalid("alerts", "alerts-empty");
    }
    String group = groupKey == null || groupKey.isBlank() ? "default" : groupKey;
    List<AlertSignal> signals = new ArrayList<>();
    for (int i = 0; i < alerts.size(); i++) {
      Alert alert = alerts.get(i);
      String field = "alerts[" + i + "]";
      if (alert == null || alert.status() == null) {
        throw ProblemException.invalid(field + ".status", "one-of", "firing, resolved");
      }
      AlertSignal.Action action =
          switch (alert.status()) {
            case "firing" -> AlertSignal.Action.TRIGGER;
            case "resolved" -> AlertSignal.Action.RESOLVE;
            default ->
                throw ProblemException.invalid(field + ".status", "one-of", "firing, resolved");
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
      Instant at =
          action == AlertSignal.Action.RESOLVE
              ? SenderTime.lenient(alert.endsAt())
              : SenderTime.lenient(alert.startsAt());
      ObjectNode details = JsonNodeFactory.instance.objectNode();
      details.set("labels", JSON.valueToTree(labels));
      details.set("annotations", JSON.valueToTree(annotations));
      details.put("generatorURL", alert.generatorURL());
      details.put("externalURL", externalURL);
      signals.add(
          new AlertSignal(
              StorableText.cut(dedup, AlertSignal.DEDUP_LIMIT),
              StorableText.cut(group, AlertSignal.GROUP_LIMIT),
              action,
              severity(labels.get("severity")),
              StorableText.cut(summary.strip(), AlertSignal.SUMMARY_LIMIT),
              StorableText.cut(
                  first(labels.get("instance"), labels.get("job"), receiver, fallbackSource),
                  AlertSignal.SOURCE_LIMIT),
              AlertSignal.json(details),
              at));
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

  static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return "";
  }
}
