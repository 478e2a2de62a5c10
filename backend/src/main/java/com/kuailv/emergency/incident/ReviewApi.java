package com.kuailv.emergency.incident;

import com.kuailv.emergency.incident.IncidentApi.Person;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an incident's postmortem and improvement actions take and answer. */
public final class ReviewApi {
  private ReviewApi() {}

  @Schema(name = "WritePostmortem")
  public record WritePostmortem(
      @NotBlank @Size(max = 40) String causeCategory,
      @NotBlank @Size(max = 10_000) String causeDescription,
      @NotBlank @Size(max = 10_000) String wentWell,
      @NotBlank @Size(max = 10_000) String wentBadly,
      @NotBlank @Size(max = 10_000) String lessons) {}

  @Schema(name = "Postmortem")
  public record PostmortemView(
      @Schema(required = true) String causeCategory,
      @Schema(required = true) String causeDescription,
      @Schema(required = true) String wentWell,
      @Schema(required = true) String wentBadly,
      @Schema(required = true) String lessons,
      @Schema(required = true) Person writtenBy,
      @Schema(required = true) Instant writtenAt,
      @Schema(required = true, description = "Version; the ETag of the postmortem") long version,
      @Schema(required = true, description = "The incident's timeline, assembled automatically")
          List<IncidentApi.TimelineEntryView> timeline,
      @Schema(required = true) List<ActionView> actions) {}

  @Schema(name = "FileAction")
  public record FileAction(
      @NotBlank @Size(max = 200) String title,
      @NotBlank @Size(max = 255) String ownerName,
      @NotNull LocalDate dueDate) {}

  @Schema(name = "ImprovementAction")
  public record ActionView(
      @Schema(required = true) long id,
      @Schema(required = true) String title,
      @Schema(required = true) String ownerName,
      @Schema(required = true) LocalDate dueDate,
      @Schema(required = true) String status) {}
}
