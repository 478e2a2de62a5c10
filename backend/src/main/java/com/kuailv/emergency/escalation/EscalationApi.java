package com.kuailv.emergency.escalation;

import com.kuailv.emergency.incident.Grade;
import com.kuailv.emergency.notification.Delivery.Medium;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the escalation screens and the page-acknowledge phone page send and receive. */
public final class EscalationApi {
  private EscalationApi() {}

  @Schema(name = "EscalationStepInput")
  public record StepInput(
      @NotNull EscalationStep.Target target,
      @Schema(description = "Group code: required for ON_DUTY and GROUP; PERSON's chat")
          @Size(max = 40)
          String groupCode,
      @Schema(description = "The person's subject: required for PERSON") @Size(max = 255)
          String personSubject,
      @Schema(description = "Minutes to wait for an acknowledgement, 1–1440")
          @NotNull
          @Min(1)
          @Max(1440)
          Integer waitMinutes,
      @Schema(
              description =
                  "How the paged person is also reached directly beside the chat (SMS, EMAIL);"
                      + " absent for none. MAJOR pages come by SMS whatever this says")
          java.util.Set<@NotNull Medium> notifyBy) {}

  @Schema(name = "EscalationPolicyInput")
  public record PolicyInput(
      @NotBlank @Size(max = 100) String name,
      @Schema(description = "Times the steps run again after the last, 0–5")
          @NotNull
          @Min(0)
          @Max(5)
          Integer repeatTimes,
      @NotNull @Size(min = 1, max = 10) List<@Valid @NotNull StepInput> steps,
      @Schema(
              description =
                  "Grades whose activation (or re-grading to them) starts this policy; one policy"
                      + " per grade; absent for none")
          java.util.Set<@NotNull Grade> afterActivation) {}

  @Schema(name = "EscalationStep")
  public record StepView(
      @Schema(required = true) int position,
      @Schema(required = true) EscalationStep.Target target,
      String groupCode,
      String personSubject,
      @Schema(required = true) int waitMinutes,
      @Schema(required = true) List<Medium> notifyBy,
      @Schema(required = true, description = "Minutes after the incident's report it fires")
          int firesAfterMinutes,
      @Schema(
              description =
                  "Who this step would page right now (roster); absent for a group's chat or when"
                      + " nobody is on duty")
          String pagedNow) {}

  @Schema(name = "EscalationPolicy")
  public record PolicyView(
      @Schema(required = true) long id,
      @Schema(required = true) long version,
      @Schema(required = true) String name,
      @Schema(required = true) int repeatTimes,
      @Schema(required = true) boolean isDefault,
      @Schema(required = true, description = "Grades whose activation starts this policy")
          List<Grade> afterActivation,
      @Schema(required = true) List<StepView> steps,
      @Schema(
              required = true,
              description =
                  "Steps that fire after a grade's acknowledgement target (the first such grade)")
          List<LateStep> warnings) {}

  /**
   * A step that pages {@code firesAfterMinutes} after the incident's report, later than {@code
   * grade}'s acknowledgement target of {@code ackMinutes} (the response matrix).
   */
  @Schema(name = "LateStep")
  public record LateStep(
      @Schema(required = true) int step,
      @Schema(required = true) int firesAfterMinutes,
      @Schema(required = true) Grade grade,
      @Schema(required = true) int ackMinutes) {}

  @Schema(name = "PagedPerson")
  public record PagedPerson(
      @Schema(required = true) String name,
      @Schema(required = true) String groupCode,
      Instant acknowledgedAt) {}

  @Schema(name = "PageView")
  public record PageView(
      @Schema(required = true) long incidentId,
      @Schema(required = true) String title,
      @Schema(required = true) String status,
      String grade,
      @Schema(required = true) String personName,
      @Schema(required = true) boolean forCaller,
      @Schema(required = true) Instant pagedAt,
      @Schema(required = true) Instant expiresAt,
      Instant acknowledgedAt,
      @Schema(required = true, description = "Everyone paged by the same step")
          List<PagedPerson> pagedWith,
      @Schema(required = true, description = "Whether acknowledging also acknowledged the incident")
          boolean incidentAcknowledged) {}
}
