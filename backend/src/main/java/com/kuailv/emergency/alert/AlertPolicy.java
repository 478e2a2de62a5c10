package com.kuailv.emergency.alert;

import com.kuailv.emergency.incident.BusinessLine;
import com.kuailv.emergency.incident.Grade;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Rules and silences of one integration, as routing applies them. */
record AlertPolicy(List<Rule> rules, List<Silence> silences) {

  /** What a rule does with a matching alert. */
  @Schema(name = "RuleAction")
  public enum Action {
    OPEN_INCIDENT,
    ATTACH,
    RECORD
  }

  @Schema(name = "AlertRule")
  public record Rule(
      @NotBlank @Size(max = 100) String name,
      @NotNull @Valid Matcher matcher,
      @NotNull Action action,
      @Schema(description = "Incident category for OPEN_INCIDENT, e.g. SYSTEM_CRASH")
          @Size(max = 40)
          String category,
      @Schema(description = "Title of the incident: {summary}, {source}, {severity}, {label.NAME}")
          @Size(max = 200)
          String titleTemplate,
      @Schema(description = "ATTACH joins an active incident of the group opened this recently")
          @Min(1)
          @Max(10080)
          Integer windowMinutes,
      @Schema(description = "OPEN_INCIDENT: the business line hit; else the alert's labels say")
          BusinessLine businessLine,
      @Schema(description = "OPEN_INCIDENT: the grade proposed; else the alert's labels say")
          Grade proposedGrade) {

    int window() {
      return windowMinutes == null ? 60 : windowMinutes;
    }

    String title(Matcher.Facts facts) {
      if (titleTemplate == null || titleTemplate.isBlank()) {
        return facts.summary();
      }
      String title =
          titleTemplate
              .replace("{summary}", facts.summary())
              .replace("{source}", facts.source())
              .replace("{severity}", facts.severity());
      for (Map.Entry<String, String> label : facts.labels().entrySet()) {
        title = title.replace("{label." + label.getKey() + "}", label.getValue());
      }
      return title;
    }
  }

  @Schema(name = "Silence")
  public record Silence(
      @Schema(required = true) long id,
      Long integrationId,
      @Schema(required = true) Matcher matcher,
      @Schema(required = true) Instant startsAt,
      @Schema(required = true) Instant endsAt,
      @Schema(required = true) String reason,
      @Schema(required = true) String createdBy) {}

  @Schema(name = "CreateSilence", description = "A silence or maintenance window")
  public record CreateSilence(
      @Schema(description = "Only this integration; all when absent") Long integrationId,
      @NotNull @Valid Matcher matcher,
      @NotNull OffsetDateTime startsAt,
      @NotNull OffsetDateTime endsAt,
      @NotBlank @Size(max = 500) String reason) {}

  Rule ruleFor(Matcher.Facts facts) {
    return rules.stream().filter(rule -> rule.matcher().matches(facts)).findFirst().orElse(null);
  }

  Silence silenceFor(Matcher.Facts facts, Instant at) {
    return silences.stream()
        .filter(s -> !at.isBefore(s.startsAt()) && at.isBefore(s.endsAt()))
        .filter(s -> s.matcher().matches(facts))
        .findFirst()
        .orElse(null);
  }
}
