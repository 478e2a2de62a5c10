package com.kuailv.emergency.knowledge;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the knowledge base reads and writes. */
public final class KnowledgeApi {
  private KnowledgeApi() {}

  @Schema(name = "ArticleKind")
  public enum Kind {
    /** Technical: diagnose and fix a known fault. */
    RUNBOOK,
    /** Business: keep working while a system is down (manual orders, paper inventory). */
    FALLBACK
  }

  @Schema(name = "ArticleStep")
  public record Step(
      @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String title,
      @Schema(maxLength = 2000) @Size(max = 2000) String detail) {}

  public record ArticleInput(
      @NotNull Kind kind,
      @Schema(maxLength = 200) @NotBlank @Size(max = 200) String title,
      @Schema(maxLength = 2000) @Size(max = 2000) String summary,
      @Schema(description = "Risk sub-types this article answers (see the risk register)")
          @Size(max = 10)
          List<@NotBlank @Size(max = 60) String> riskSubTypes,
      @Schema(description = "Incident categories whose activation turns the steps into tasks")
          @Size(max = 10)
          List<@NotBlank @Size(max = 60) String> incidentCategories,
      @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid Step> steps) {}

  public record Article(
      @Schema(required = true) long id,
      @Schema(required = true) long version,
      @Schema(required = true) Kind kind,
      @Schema(required = true) String title,
      @Schema(required = true) String summary,
      @Schema(required = true) List<String> riskSubTypes,
      @Schema(required = true) List<String> incidentCategories,
      @Schema(required = true) List<Step> steps,
      @Schema(required = true) Instant updatedAt,
      @Schema(required = true) String updatedBy) {}

  @Schema(name = "ArticleVersion")
  public record VersionInfo(
      @Schema(required = true) long version,
      @Schema(required = true) Instant editedAt,
      @Schema(required = true) String editedBy) {}
}
