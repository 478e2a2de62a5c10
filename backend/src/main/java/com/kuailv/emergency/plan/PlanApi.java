package com.kuailv.emergency.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the plan module reads and writes. */
public final class PlanApi {
  private PlanApi() {}

  @Schema(name = "PlanStatus")
  public enum Status implements com.kuailv.emergency.common.i18n.Labelled {
    DRAFT("草稿", "a draft"),
    IN_REVIEW("审核中", "in review"),
    APPROVED("已批准", "approved"),
    PUBLISHED("已发布", "published"),
    SUPERSEDED("已被取代", "superseded");

    private final String zh;
    private final String en;

    Status(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }

    /** The status as people read it: 审核中, or "in review" in an English sentence. */
    @Override
    public String label(boolean english) {
      return english ? en : zh;
    }
  }

  @Schema(name = "PlanSection")
  public record Section(
      @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String heading,
      @Schema(required = true, maxLength = 20000) @NotNull @Size(max = 20000) String body) {}

  public record DraftInput(
      @Schema(maxLength = 200) @NotBlank @Size(max = 200) String title,
      @Schema(maxLength = 2000) @Size(max = 2000) String changeSummary,
      @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Section> sections,
      @Schema(description = "Days after publication before a review is due (30-1095)")
          @NotNull
          @Min(30)
          @Max(1095)
          Integer reviewIntervalDays) {}

  public record Rejection(@Schema(maxLength = 1000) @NotBlank @Size(max = 1000) String reason) {}

  public record PlanSummary(
      @Schema(required = true) long id,
      @Schema(required = true) int number,
      @Schema(required = true) long version,
      @Schema(required = true) Status status,
      @Schema(required = true) String title,
      @Schema(required = true) String changeSummary,
      @Schema(required = true) int reviewIntervalDays,
      @Schema(required = true) boolean reviewDue,
      @Schema(required = true) String authorName,
      String approvedByName,
      @Schema(required = true) Instant updatedAt,
      Instant publishedAt) {}

  public record PlanDocument(
      @Schema(required = true) PlanSummary summary,
      @Schema(required = true) List<Section> sections) {}
}
