package com.kuailv.emergency.alert;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.kuailv.emergency.common.error.ProblemException;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.UUID;

/** An event shaped like PagerDuty Events v2, sent by other supply-chain systems. */
@JsonIgnoreProperties(ignoreUnknown = true)
record EventsPayload(
    @JsonProperty("routing_key") String routingKey,
    @JsonProperty("event_action") String eventAction,
    @JsonProperty("dedup_key") String dedupKey,
    Payload payload) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Payload(
      String summary,
      String source,
      String severity,
      String timestamp,
      String component,
      String group,
      @JsonProperty("class") String type,
      @JsonProperty("custom_details") Map<String, Object> customDetails) {}

  AlertSignal signal() {
    AlertSignal.Action action =
        switch (eventAction == null ? "" : eventAction) {
          case "trigger" -> AlertSignal.Action.TRIGGER;
          case "acknowledge" -> AlertSignal.Action.ACKNOWLEDGE;
          case "resolve" -> AlertSignal.Action.RESOLVE;
          default ->
              throw ProblemException.invalidField(
                  "event_action", "must be trigger, acknowledge or resolve");
        };
    if (dedupKey != null && dedupKey.length() > AlertSignal.DEDUP_LIMIT) {
      throw ProblemException.invalidField("dedup_key", "must be at most 255 characters");
    }
    if (action != AlertSignal.Action.TRIGGER) {
      if (dedupKey == null || dedupKey.isBlank()) {
        throw ProblemException.invalidField("dedup_key", "is required to " + eventAction);
      }
      return new AlertSignal(
          dedupKey,
          dedupKey,
          action,
          AlertSignal.Severity.INFO,
          "",
          "",
          "{}",
          java.time.Instant.now());
    }
    if (payload == null) {
      throw ProblemException.invalidField("payload", "is required to trigger");
    }
    if (payload.summary() == null || payload.summary().isBlank()) {
      throw ProblemException.invalidField("payload.summary", "is required");
    }
    if (payload.summary().length() > AlertSignal.SUMMARY_LIMIT) {
      throw ProblemException.invalidField("payload.summary", "must be at most 1024 characters");
    }
    if (payload.source() == null || payload.source().isBlank()) {
      throw ProblemException.invalidField("payload.source", "is required");
    }
    AlertSignal.Severity severity;
    try {
      severity = AlertSignal.Severity.valueOf(String.valueOf(payload.severity()).toUpperCase());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(
          "payload.severity", "must be critical, error, warning or info");
    }
    String key = dedupKey == null || dedupKey.isBlank() ? UUID.randomUUID().toString() : dedupKey;
    String group = payload.group() == null || payload.group().isBlank() ? key : payload.group();
    return new AlertSignal(
        key,
        AlertmanagerPayload.truncate(group, 500),
        action,
        severity,
        payload.summary(),
        AlertmanagerPayload.truncate(payload.source(), 255),
        new JsonObject()
            .put("component", payload.component())
            .put("class", payload.type())
            .put("custom_details", payload.customDetails())
            .encode(),
        AlertmanagerPayload.time(payload.timestamp(), "payload.timestamp"));
  }
}
