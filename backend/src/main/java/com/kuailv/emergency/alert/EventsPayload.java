package com.kuailv.emergency.alert;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.text.StorableText;
import com.kuailv.emergency.common.time.SenderTime;
import java.util.UUID;

/**
 * An event as PagerDuty Events v2 defines it, sent by other supply-chain systems or by PagerDuty's
 * own clients. Unknown fields are ignored, as PagerDuty does; {@code custom_details} may be any
 * JSON value and is stored as sent.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record EventsPayload(
    @JsonProperty("routing_key") String routingKey,
    @JsonProperty("event_action") String eventAction,
    @JsonProperty("dedup_key") String dedupKey,
    Payload payload,
    String client,
    @JsonProperty("client_url") String clientUrl,
    JsonNode links,
    JsonNode images) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Payload(
      String summary,
      String source,
      String severity,
      String timestamp,
      String component,
      String group,
      @JsonProperty("class") String type,
      @JsonProperty("custom_details") JsonNode customDetails) {}

  /**
   * The alert this event stands for. Refuses (400 naming the field), as PagerDuty does, an unknown
   * action, a dedup key over 255 characters, and for a trigger a missing or blank summary or source
   * or an unknown severity. Nothing else loses the alert: a summary over 1,024 characters is cut
   * (characters are code points, as PostgreSQL's varchar counts them: 1,024 emoji fit), and a time
   * that cannot be read or believed is replaced by the arrival time.
   */
  AlertSignal signal() {
    AlertSignal.Action action =
        switch (eventAction == null ? "" : eventAction) {
          case "trigger" -> AlertSignal.Action.TRIGGER;
          case "acknowledge" -> AlertSignal.Action.ACKNOWLEDGE;
          case "resolve" -> AlertSignal.Action.RESOLVE;
          default ->
              throw ProblemException.invalid(
                  "event_action", "one-of", "trigger, acknowledge, resolve");
        };
    if (dedupKey != null
        && dedupKey.codePointCount(0, dedupKey.length()) > AlertSignal.DEDUP_LIMIT) {
      throw ProblemException.invalid("dedup_key", "max-chars", 255);
    }
    if (action != AlertSignal.Action.TRIGGER) {
      if (dedupKey == null || dedupKey.isBlank()) {
        throw ProblemException.invalid("dedup_key", "required-to", eventAction);
      }
      // As PagerDuty: an acknowledge or resolve ignores its payload (senders often resend the
      // trigger's), so it takes effect when it arrives.
      return new AlertSignal(
          dedupKey, dedupKey, action, AlertSignal.Severity.INFO, "", "", "{}", null);
    }
    if (payload == null) {
      throw ProblemException.invalid("payload", "required-trigger");
    }
    if (payload.summary() == null || payload.summary().isBlank()) {
      throw ProblemException.invalid("payload.summary", "required");
    }
    if (payload.source() == null || payload.source().isBlank()) {
      throw ProblemException.invalid("payload.source", "required");
    }
    AlertSignal.Severity severity = AlertSignal.Severity.parse(payload.severity());
    if (severity == null) {
      throw ProblemException.invalid(
          "payload.severity", "one-of", "critical, error, warning, info");
    }
    String key = dedupKey == null || dedupKey.isBlank() ? UUID.randomUUID().toString() : dedupKey;
    String group = payload.group() == null || payload.group().isBlank() ? key : payload.group();
    ObjectNode details = JsonNodeFactory.instance.objectNode();
    details.put("component", payload.component());
    details.put("group", payload.group());
    details.put("class", payload.type());
    details.set("custom_details", payload.customDetails());
    details.put("client", client);
    details.put("client_url", clientUrl);
    details.set("links", links);
    details.set("images", images);
    return new AlertSignal(
        key,
        StorableText.cut(group, AlertSignal.GROUP_LIMIT),
        action,
        severity,
        StorableText.cut(payload.summary().strip(), AlertSignal.SUMMARY_LIMIT),
        StorableText.cut(payload.source().strip(), AlertSignal.SOURCE_LIMIT),
        AlertSignal.json(details),
        SenderTime.lenient(payload.timestamp()));
  }
}
