package com.kuailv.emergency.incident;

import com.kuailv.emergency.incident.IncidentApi.Person;
import com.kuailv.emergency.incident.ResponseApi.PersonRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an incident's tasks and verification take and answer. */
public final class WorkApi {
  private WorkApi() {}

  @Schema(name = "CreateTask")
  public record CreateTask(
      @NotBlank @Size(max = 200) String title,
      @NotNull IncidentTask.Kind kind,
      @NotNull IncidentTask.Action action,
      @NotNull ResponseGroup ownerGroup,
      @Valid PersonRef owner,
      boolean critical,
      @NotNull OffsetDateTime dueAt) {}

  @Schema(name = "Task")
  public record TaskView(
      @Schema(required = true) long id,
      @Schema(required = true) String title,
      @Schema(required = true) IncidentTask.Kind kind,
      @Schema(required = true) IncidentTask.Action action,
      @Schema(required = true) ResponseGroup ownerGroup,
      Person owner,
      @Schema(required = true) boolean critical,
      @Schema(required = true) IncidentTask.Status status,
      @Schema(required = true) Instant dueAt,
      @Schema(required = true, description = "Not done and past its due time") boolean overdue,
      Instant startedAt,
      Instant completedAt) {}

  @Schema(name = "SignOff")
  public record SignOff(@NotNull VerificationItem.Status result, @Size(max = 2000) String note) {}

  @Schema(name = "VerificationItem")
  public record VerificationView(
      @Schema(required = true) long id,
      @Schema(required = true) VerificationItem.Area area,
      @Schema(required = true) String label,
      @Schema(required = true) ResponseGroup ownerGroup,
      @Schema(required = true) VerificationItem.Status status,
      String note,
      Person signedBy,
      Instant signedAt) {}
}
