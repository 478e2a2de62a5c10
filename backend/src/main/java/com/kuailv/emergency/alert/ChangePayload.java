package com.kuailv.emergency.alert;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.text.StorableText;
import com.kuailv.emergency.common.time.SenderTime;
import java.time.Instant;

/**
 * A change event as PagerDuty's {@code /v2/change/enqueue} defines it: a deploy or configuration
 * change of a service, kept so that an incident of the same service shows its recent changes.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ChangePayload(
    @JsonProperty("routing_key") String routingKey, Payload payload, JsonNode links) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Payload(
      String summary,
      String source,
      String timestamp,
      @JsonProperty("custom_details") JsonNode customDetails) {}

  /** What is stored of a change; {@code details} is JSON object text. */
  record Change(String summary, String source, Instant happenedAt, String details) {}

  /**
   * The change to store; when it happened is the sender's timestamp where believable, else {@code
   * arrived}. Refuses (400 naming the field) a missing or blank summary; a summary over 1,024
   * characters is cut.
   */
  Change change(Instant arrived) {
    if (payload == null) {
      throw ProblemException.invalid("payload", "required");
    }
    if (payload.summary() == null || payload.summary().isBlank()) {
      throw ProblemException.invalid("payload.summary", "required");
    }
    Instant at = AlertSignal.believable(SenderTime.lenient(payload.timestamp()), arrived);
    ObjectNode details = JsonNodeFactory.instance.objectNode();
    details.set("custom_details", payload.customDetails());
    details.set("links", links);
    String source = payload.source() == null ? null : payload.source().strip();
    return new Change(
        StorableText.cut(payload.summary().strip(), AlertSignal.SUMMARY_LIMIT),
        source == null || source.isEmpty()
            ? null
            : StorableText.cut(source, AlertSignal.SOURCE_LIMIT),
        at,
        AlertSignal.json(details));
  }
}
