package com.kuailv.emergency.incident;

import com.kuailv.emergency.incident.IncidentApi.Person;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What activating, mitigating, cancelling and noting on an incident take and answer. */
public final class ResponseApi {
  private ResponseApi() {}

  @Schema(
      name = "ActivateResponse",
      description = "People for incident roles; the commander defaults to the caller")
  public record ActivateResponse(Map<RoleAssignment.IncidentRole, @Valid PersonRef> roles) {}

  @Schema(name = "PersonRef")
  public record PersonRef(
      @NotBlank @Size(max = 255) String subject, @NotBlank @Size(max = 255) String name) {}

  @Schema(name = "Mitigate")
  public record Mitigate(
      @Size(max = 2000) String note, @Size(max = 20) List<@Valid CustomCheck> customChecks) {}

  @Schema(name = "CustomCheck")
  public record CustomCheck(
      @NotBlank @Size(max = 200) String label, @NotNull ResponseGroup ownerGroup) {}

  @Schema(name = "CancelIncident")
  public record CancelIncident(@NotBlank @Size(max = 2000) String reason) {}

  @Schema(name = "AddNote")
  public record AddNote(@NotBlank @Size(max = 10_000) String text) {}

  @Schema(name = "PostStatusUpdate")
  public record PostStatusUpdate(
      @Schema(description = "What is happening now") @NotBlank @Size(max = 2000)
          String currentState,
      @Schema(description = "Who and what is affected, and how much") @NotBlank @Size(max = 2000)
          String impact,
      @Schema(description = "What the teams do next") @NotBlank @Size(max = 2000) String nextSteps,
      @Schema(
              description =
                  "When the next update is due (UTC), within 24 hours; absent (and no minutes):"
                      + " the grade's update cadence from now (30 minutes before grading)")
          java.time.Instant nextUpdateAt,
      @Schema(
              description =
                  "Or: the next update is due this many minutes from when the server stores it"
                      + " (1–1440); not both")
          @jakarta.validation.constraints.Min(1)
          @jakarta.validation.constraints.Max(1440)
          Integer nextUpdateInMinutes) {}

  @Schema(name = "StatusUpdate")
  public record StatusUpdateView(
      @Schema(required = true) long id,
      @Schema(required = true) long incidentId,
      @Schema(required = true) String currentState,
      @Schema(required = true) String impact,
      @Schema(required = true) String nextSteps,
      @Schema(required = true) java.time.Instant nextUpdateAt,
      @Schema(required = true) Person author,
      @Schema(required = true) java.time.Instant createdAt) {}

  @Schema(name = "RoleAssignment")
  public record RoleView(
      @Schema(required = true) RoleAssignment.IncidentRole role,
      @Schema(required = true) Person person) {}
}
