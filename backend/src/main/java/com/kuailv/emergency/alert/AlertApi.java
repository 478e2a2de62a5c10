package com.kuailv.emergency.alert;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the integration and alert API. */
public final class AlertApi {
  private AlertApi() {}

  @Schema(name = "CreateIntegration")
  public record CreateIntegration(
      @NotBlank @Size(max = 100) String name,
      @NotNull IntegrationType type,
      @Schema(description = "HEARTBEAT only: how often the system pings") @Min(1) @Max(86400)
          Integer heartbeatIntervalSeconds,
      @Schema(description = "HEARTBEAT only: how late a ping may be before an alert")
          @Min(0)
          @Max(86400)
          Integer heartbeatGraceSeconds,
      @Schema(
              description =
                  "EVENTS only: the OIDC client (the token's azp) that may send events here with a"
                      + " client-credentials token instead of the routing key")
          @Size(max = 255)
          @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "{kuailv.code-characters}")
          String clientId) {}

  @Schema(name = "UpdateIntegration")
  public record UpdateIntegration(
      @NotBlank @Size(max = 100) String name,
      @Schema(description = "HEARTBEAT only: how often the system pings") @Min(1) @Max(86400)
          Integer heartbeatIntervalSeconds,
      @Schema(description = "HEARTBEAT only: how late a ping may be before an alert")
          @Min(0)
          @Max(86400)
          Integer heartbeatGraceSeconds,
      @Schema(description = "EVENTS only: the OIDC client bound to it; empty unbinds")
          @Size(max = 255)
          @Pattern(regexp = "[A-Za-z0-9._:-]*", message = "{kuailv.code-characters}")
          String clientId) {}

  @Schema(name = "Integration")
  public record IntegrationView(
      @Schema(required = true) long id,
      @Schema(required = true, description = "Send it back in If-Match to change the integration")
          long version,
      @Schema(required = true) String name,
      @Schema(required = true) IntegrationType type,
      @Schema(required = true, description = "The first characters of the key") String keyHint,
      @Schema(
              required = true,
              description = "Where this integration sends, relative to the API origin")
          String url,
      @Schema(required = true) Instant createdAt,
      @Schema(required = true) Instant keyRotatedAt,
      Instant lastReceivedAt,
      Integer heartbeatIntervalSeconds,
      Integer heartbeatGraceSeconds,
      Instant lastPingAt,
      @Schema(description = "The OIDC client that may send with a token (EVENTS only)")
          String clientId,
      @Schema(description = "The key, present only in the answer that created or rotated it")
          String key) {}

  @Schema(name = "Alert")
  public record AlertView(
      @Schema(required = true) long id,
      @Schema(required = true) long integrationId,
      @Schema(required = true) String dedupKey,
      @Schema(
              required = true,
              enumeration = {"OPEN", "ACKNOWLEDGED", "RESOLVED"},
              description = "ACKNOWLEDGED: open, and the sending system acknowledged it")
          String status,
      @Schema(required = true) String severity,
      @Schema(required = true) String summary,
      @Schema(required = true) String source,
      @Schema(required = true) int count,
      @Schema(required = true) Instant firstSeenAt,
      @Schema(required = true) Instant lastSeenAt,
      Instant resolvedAt,
      @Schema(description = "When the sending system acknowledged it") Instant acknowledgedAt,
      Long incidentId,
      @Schema(
              description =
                  "What the sender sent beyond the summary: labels and annotations, or an event's"
                      + " custom_details (any JSON value), links and client")
          Map<String, Object> details,
      @Schema(description = "Why routing set it aside; an admin retries it") String routingError) {}

  @Schema(name = "Change", description = "A change event: a deploy or configuration change")
  public record ChangeView(
      @Schema(required = true) long id,
      @Schema(required = true) long integrationId,
      @Schema(required = true) String integrationName,
      @Schema(required = true) String summary,
      @Schema(required = true, description = "The changed service") String source,
      @Schema(required = true) Instant happenedAt,
      @Schema(description = "custom_details as the sender sent them: any JSON value")
          Object customDetails,
      @Schema(description = "links as the sender sent them") Object links) {}

  @Schema(name = "EventAccepted")
  public record EventAccepted(
      @Schema(required = true) String status,
      @Schema(required = true) String message,
      @Schema(required = true, name = "dedup_key")
          @com.fasterxml.jackson.annotation.JsonProperty("dedup_key")
          String dedupKey) {}
}
