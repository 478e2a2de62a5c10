package com.kuailv.emergency.incident;

import com.kuailv.emergency.incident.IncidentApi.Person;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the lifecycle actions, tasks, verification and review. */
public final class LifecycleApi {
  private LifecycleApi() {}

  /** The core flows of the supply chain an assessment can mark as down. */
  public enum CoreFlow {
    ORDERS,
    INVENTORY,
    LOGISTICS,
    PAYMENT
  }

  @Schema(name = "AssessIncident")
  public record AssessIncident(
      @Size(max = 20) List<@NotBlank @Size(max = 100) String> affectedModules,
      @Size(max = 4) List<@NotNull BusinessLine> businessLines,
      @Size(max = 4) List<@NotNull CoreFlow> coreFlowsDown,
      @NotNull @Min(0) @Max(10_000_000) Integer ordersAffectedPerHour,
      @NotNull @Min(0) @Max(100_000) Integer expectedRecoveryMinutes,
      @Schema(description = "CNY, two decimals")
          @NotNull
          @DecimalMin("0.00")
          @Digits(integer = 12, fraction = 2)
          BigDecimal estimatedLoss,
      IncidentCategory category) {}

  @Schema(name = "GradingReason", description = "A rule the assessment met: measure ≥ threshold")
  public record GradingReason(
      @Schema(required = true) GradingRule.Measure measure,
      @Schema(required = true) BigDecimal threshold) {}

  @Schema(name = "Assessment")
  public record AssessmentView(
      @Schema(required = true) List<String> affectedModules,
      @Schema(required = true) List<String> businessLines,
      @Schema(required = true) List<String> coreFlowsDown,
      @Schema(required = true) int ordersAffectedPerHour,
      @Schema(required = true) int expectedRecoveryMinutes,
      @Schema(required = true) BigDecimal estimatedLoss,
      @Schema(required = true) Grade proposedGrade,
      @Schema(required = true, description = "Empty when no rule for a higher grade is met")
          List<GradingReason> reasons,
      @Schema(required = true) Person assessedBy,
      @Schema(required = true) Instant assessedAt) {}

  @Schema(
      name = "ConfirmGrade",
      description = "A reason is required when the grade differs from the proposal")
  public record ConfirmGrade(@NotNull Grade grade, @Size(max = 2000) String reason) {}

  @Schema(name = "Regrade")
  public record Regrade(@NotNull Grade grade, @NotBlank @Size(max = 2000) String reason) {}

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

  @Schema(name = "RoleAssignment")
  public record RoleView(
      @Schema(required = true) RoleAssignment.IncidentRole role,
      @Schema(required = true) Person person) {}

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

  @Schema(name = "ResponseMatrixEntry")
  public record MatrixView(
      @Schema(required = true) Grade grade,
      @Schema(required = true) List<ResponseGroup> mobilizedGroups,
      @Schema(required = true) int ackMinutes,
      @Schema(required = true) int updateMinutes,
      @Schema(required = true) ResponseMatrixEntry.ExternalStatement externalStatement,
      @Schema(required = true) long version) {}

  @Schema(name = "UpdateResponseMatrixEntry")
  public record UpdateMatrix(
      @NotNull @Size(min = 1, max = 8) List<@NotNull ResponseGroup> mobilizedGroups,
      @NotNull @Min(1) @Max(1440) Integer ackMinutes,
      @NotNull @Min(1) @Max(1440) Integer updateMinutes,
      @NotNull ResponseMatrixEntry.ExternalStatement externalStatement) {}
}
