package com.kuailv.emergency.incident;

import com.kuailv.emergency.incident.IncidentApi.Person;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What assessing and grading an incident take and answer. */
public final class GradingApi {
  private GradingApi() {}

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
}
