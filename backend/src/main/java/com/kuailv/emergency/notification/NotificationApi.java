package com.kuailv.emergency.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the notification screens send and receive. Secrets go in, never out. */
public final class NotificationApi {
  private NotificationApi() {}

  @Schema(name = "ChannelInput")
  public record ChannelInput(
      @NotBlank @Size(max = 100) String name,
      @NotNull ChannelKind kind,
      @Schema(description = "Response-group code whose chat this is; absent for every group")
          @Size(max = 40)
          String groupCode,
      @Schema(
              description =
                  "The robot's or receiver's http(s) address, with its token; required when"
                      + " creating, absent to keep the stored one")
          @Size(max = 2000)
          String url,
      @Schema(
              description =
                  "Signing secret (DingTalk SEC…, Feishu, webhook whsec_…); required for those"
                      + " kinds when creating, absent to keep the stored one")
          @Size(max = 500)
          String secret,
      @Schema(description = "Default true") Boolean enabled) {}

  @Schema(name = "Channel")
  public record ChannelView(
      @Schema(required = true) long id,
      @Schema(required = true) long version,
      @Schema(required = true) String name,
      @Schema(required = true) ChannelKind kind,
      String groupCode,
      @Schema(required = true, description = "Host and the address's last characters only")
          String endpointHint,
      @Schema(required = true) boolean hasSecret,
      @Schema(required = true) boolean enabled,
      @Schema(required = true) Instant createdAt,
      @Schema(required = true) Instant updatedAt) {}

  @Schema(name = "ChannelTestResult")
  public record TestResult(
      @Schema(required = true) boolean ok,
      @Schema(description = "The receiver's HTTP status; absent when none came") Integer httpStatus,
      @Schema(required = true, description = "The receiver's answer, cut to 500 characters")
          String answer,
      @Schema(required = true) int latencyMs) {}

  @Schema(name = "Delivery")
  public record DeliveryView(
      @Schema(required = true) long id,
      @Schema(required = true) long incidentId,
      @Schema(required = true, description = "incident.reported, incident.activated, …")
          String kind,
      @Schema(required = true) String targetGroup,
      @Schema(required = true) long channelId,
      @Schema(required = true) String channelName,
      @Schema(required = true) ChannelKind channelKind,
      @Schema(required = true) Delivery.Status status,
      @Schema(required = true) int attempts,
      @Schema(required = true) Instant nextAttemptAt,
      Integer lastHttpStatus,
      String lastAnswer,
      Integer lastLatencyMs,
      Instant sentAt,
      @Schema(required = true) Instant createdAt) {}

  @Schema(name = "DeliveryAttempt")
  public record AttemptView(
      @Schema(required = true) Instant attemptedAt,
      Integer httpStatus,
      String answer,
      @Schema(required = true) int latencyMs,
      @Schema(required = true) boolean ok) {}
}
