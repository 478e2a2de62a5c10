package com.kuailv.emergency.incident;

import com.kuailv.emergency.common.i18n.Texts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the incident API; entities never leave the service. */
public final class IncidentApi {
  private IncidentApi() {}

  @Schema(name = "ReportIncident", description = "A fault reported by a person")
  public record ReportIncident(
      @Schema(description = "Short title", maxLength = 200) @NotBlank @Size(max = 200) String title,
      @Schema(description = "故障现象: what is observed", maxLength = 4000) @NotBlank @Size(max = 4000)
          String phenomenon,
      @Schema(description = "发生时间: when it started, ISO-8601 with offset; at most 5 minutes ahead")
          @NotNull
          OffsetDateTime occurredAt,
      @Schema(description = "影响范围: what is affected") @NotNull @Valid ImpactScope scope,
      @Schema(description = "Optional contact (name, phone)", maxLength = 200) @Size(max = 200)
          String contact,
      @Schema(description = "What kind of fault, if known; OTHER when absent")
          IncidentCategory category) {}

  @Schema(
      name = "ImpactScope",
      description = "Affected systems, business lines and regions; at least one must be named")
  public record ImpactScope(
      @Size(max = 20) List<@NotBlank @Size(max = 100) String> affectedSystems,
      @Size(max = 4) List<@NotNull BusinessLine> businessLines,
      @Size(max = 20) List<@NotBlank @Size(max = 100) String> regions) {

    boolean namesNothing() {
      return empty(affectedSystems) && empty(businessLines) && empty(regions);
    }

    private static boolean empty(List<?> list) {
      return list == null || list.isEmpty();
    }
  }

  /**
   * Told, inside the transaction that ends an incident (resolved or cancelled), that it ended; a
   * failure rolls the ending back. Alert intake implements it to resolve the incident's open
   * alerts.
   */
  /**
   * Told in the reporting or acknowledging transaction when an incident is reported or acknowledged
   * (escalation starts and stops paging); a failure rolls the change back.
   */
  public interface ResponseListener {
    io.smallrye.mutiny.Uni<Void> incidentReported(long incidentId, String title);

    io.smallrye.mutiny.Uni<Void> incidentAcknowledged(
        long incidentId, com.kuailv.emergency.common.security.Actor by);

    /** The response was activated at {@code grade}, or the incident re-graded to it while on. */
    default io.smallrye.mutiny.Uni<Void> responseActivated(long incidentId, Grade grade) {
      return io.smallrye.mutiny.Uni.createFrom().voidItem();
    }
  }

  public interface EndListener {
    /** The incident's id, its new status, and when it ended (UTC). */
    io.smallrye.mutiny.Uni<Void> incidentEnded(
        long incidentId, IncidentStatus status, Instant endedAt);
  }

  @Schema(name = "Person")
  public record Person(
      @Schema(required = true) String subject, @Schema(required = true) String name) {}

  /** One page of the incident list (the shape of {@code PageResponse<IncidentView>}). */
  @Schema(name = "IncidentPage", description = "One page of incidents, zero-based, with the total")
  public record IncidentPage(
      @Schema(required = true) List<IncidentView> items,
      @Schema(required = true) int page,
      @Schema(required = true) int size,
      @Schema(required = true) long total) {}

  @Schema(name = "Incident")
  public record IncidentView(
      @Schema(required = true) long id,
      @Schema(required = true, description = "Version; the ETag of the incident") long version,
      @Schema(required = true) String title,
      @Schema(required = true) String phenomenon,
      @Schema(required = true) Instant occurredAt,
      @Schema(required = true) ImpactScope scope,
      String contact,
      @Schema(required = true) IncidentStatus status,
      @Schema(required = true) Person reporter,
      @Schema(required = true) Instant reportedAt,
      @Schema(required = true) Instant updatedAt,
      @Schema(required = true) IncidentCategory category,
      Grade grade,
      Grade proposedGrade,
      Instant acknowledgedAt,
      Instant activatedAt,
      Instant mitigatedAt,
      Instant resolvedAt,
      Instant reviewedAt,
      Instant cancelledAt,
      String cancelReason,
      @Schema(
              description =
                  "Only when one incident is read: every lifecycle action, whether the caller may"
                      + " take it now, and why not")
          List<AllowedAction> allowedActions) {

    /** The same view with the caller's actions. */
    public IncidentView withAllowedActions(List<AllowedAction> actions) {
      return new IncidentView(
          id,
          version,
          title,
          phenomenon,
          occurredAt,
          scope,
          contact,
          status,
          reporter,
          reportedAt,
          updatedAt,
          category,
          grade,
          proposedGrade,
          acknowledgedAt,
          activatedAt,
          mitigatedAt,
          resolvedAt,
          reviewedAt,
          cancelledAt,
          cancelReason,
          actions);
    }
  }

  @Schema(name = "AllowedAction", description = "A lifecycle action for the caller, now")
  public record AllowedAction(
      @Schema(
              required = true,
              enumeration = {
                "acknowledge",
                "assess",
                "grade",
                "activate",
                "regrade",
                "mitigate",
                "resolve",
                "postmortem",
                "review",
                "cancel"
              })
          String action,
      @Schema(required = true) boolean allowed,
      @Schema(
              description = "Why not: ROLE (403), STATE or PRECONDITION (409)",
              enumeration = {"ROLE", "STATE", "PRECONDITION"})
          String refusal,
      @Schema(description = "Why not, in the caller's language (Accept-Language)") String reason) {}

  /** What alert routing needs of an incident it may join: its status and when it was reported. */
  public record RoutingState(IncidentStatus status, Instant reportedAt) {}

  @Schema(name = "TimelineEntry")
  public record TimelineEntryView(
      @Schema(required = true) long id,
      @Schema(required = true) TimelineKind kind,
      @Schema(required = true) Person actor,
      @Schema(required = true) String message,
      @Schema(required = true) Instant occurredAt) {}

  /**
   * A timeline text the platform writes: a key of {@code texts.properties} (without its {@code
   * timeline.} prefix) and its arguments as strings, rendered in each reader's language.
   */
  public record TimelineText(String key, List<String> arguments) {
    static final String BUNDLE = "texts";

    private static final String GROUP = "group:";

    /** The text {@code key} with {@code arguments} (each turned into a string). */
    public static TimelineText of(String key, Object... arguments) {
      return new TimelineText(key, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /**
     * An argument that names a response group (its code, e.g. TECHNICAL): stored as the code, read
     * as the group's name in the reader's language.
     */
    public static String group(String code) {
      return GROUP + code;
    }

    /** The text in English or Chinese. */
    public String render(boolean english) {
      return Texts.text(
          BUNDLE,
          english,
          "timeline." + key,
          arguments.stream().map(argument -> inLanguage(argument, english)).toArray());
    }

    private static String inLanguage(String argument, boolean english) {
      if (argument.startsWith(GROUP)) {
        String code = argument.substring(GROUP.length());
        return Arrays.stream(ResponseGroup.values())
            .filter(group -> group.name().equals(code))
            .findFirst()
            .map(group -> group.label(english))
            .orElse(code);
      }
      return argument;
    }
  }
}
