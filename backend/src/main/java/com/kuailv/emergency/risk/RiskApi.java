package com.kuailv.emergency.risk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the risk register reads and writes. */
public final class RiskApi {
  private RiskApi() {}

  @Schema(name = "RiskCategory")
  public enum Category {
    TECHNICAL,
    BUSINESS,
    EXTERNAL
  }

  /** The plan's risk sub-types, each under its category; CUSTOM names its own. */
  @Schema(name = "RiskSubType")
  public enum SubType {
    SYSTEM_CRASH(Category.TECHNICAL),
    NETWORK_FAILURE(Category.TECHNICAL),
    DATA_LOSS(Category.TECHNICAL),
    ORDER_INTERRUPTION(Category.BUSINESS),
    INVENTORY_DISORDER(Category.BUSINESS),
    DELIVERY_DELAY(Category.BUSINESS),
    REGULATORY_CHANGE(Category.EXTERNAL),
    NATURAL_DISASTER(Category.EXTERNAL),
    CUSTOM(null);

    private final Category category;

    SubType(Category category) {
      this.category = category;
    }

    /** Whether this sub-type belongs under the category (CUSTOM fits any). */
    public boolean fits(Category candidate) {
      return category == null || category == candidate;
    }
  }

  @Schema(name = "RiskStatus")
  public enum Status {
    OPEN,
    MITIGATING,
    ACCEPTED,
    CLOSED
  }

  @Schema(name = "RiskLinkKind")
  public enum LinkKind {
    INCIDENT,
    DRILL,
    RUNBOOK,
    SAFEGUARD
  }

  public record RiskInput(
      @Schema(maxLength = 200) @NotBlank @Size(max = 200) String title,
      @Schema(maxLength = 4000) @Size(max = 4000) String description,
      @NotNull Category category,
      @NotNull SubType subType,
      @Schema(description = "Required when subType is CUSTOM", maxLength = 60) @Size(max = 60)
          String customSubType,
      @Schema(description = "1 (rare) to 5 (almost certain)") @NotNull @Min(1) @Max(5)
          Integer likelihood,
      @Schema(description = "1 (minor) to 5 (severe)") @NotNull @Min(1) @Max(5) Integer impact,
      @Schema(maxLength = 100) @Size(max = 100) String ownerName,
      @Size(max = 20) List<@NotBlank @Size(max = 500) String> mitigations,
      @NotNull Status status,
      @Schema(description = "When the risk is next reviewed") @NotNull LocalDate nextReviewOn) {}

  @Schema(name = "RiskLinkInput")
  public record LinkInput(
      @NotNull LinkKind kind,
      @NotNull @Min(1) Long targetId,
      @Schema(maxLength = 200) @Size(max = 200) String note) {}

  @Schema(name = "RiskLink")
  public record Link(
      @Schema(required = true) LinkKind kind,
      @Schema(required = true) long targetId,
      @Schema(required = true) String note) {}

  @Schema(name = "RiskScoreChange")
  public record ScoreChange(
      @Schema(required = true) Instant at,
      @Schema(required = true) int likelihood,
      @Schema(required = true) int impact,
      @Schema(required = true) int score,
      @Schema(required = true) String changedBy) {}

  public record RiskView(
      @Schema(required = true) long id,
      @Schema(required = true) long version,
      @Schema(required = true) String title,
      @Schema(required = true) String description,
      @Schema(required = true) Category category,
      @Schema(required = true) SubType subType,
      String customSubType,
      @Schema(required = true) int likelihood,
      @Schema(required = true) int impact,
      @Schema(required = true, description = "likelihood x impact") int score,
      @Schema(required = true, description = "The band the score falls in") String band,
      @Schema(required = true) String ownerName,
      @Schema(required = true) List<String> mitigations,
      @Schema(required = true) Status status,
      @Schema(required = true) LocalDate nextReviewOn,
      @Schema(required = true) boolean reviewOverdue,
      @Schema(required = true) Instant createdAt,
      @Schema(required = true) Instant updatedAt) {}

  public record RiskDetail(
      @Schema(required = true) RiskView risk,
      @Schema(required = true) List<Link> links,
      @Schema(required = true) List<ScoreChange> history) {}

  @Schema(name = "RiskBand")
  public record Band(
      @Schema(required = true) @NotBlank @Size(max = 30) String code,
      @Schema(required = true) @NotNull @Min(1) @Max(25) Integer minScore,
      @Schema(required = true) @NotNull @Min(1) @Max(25) Integer maxScore) {}

  @Schema(name = "RiskBands")
  public record Bands(@NotNull @Size(min = 1, max = 10) List<@NotNull @Valid Band> bands) {}

  /** Open risks (not closed) per cell of the 5x5 matrix. */
  @Schema(name = "RiskHeatCell")
  public record HeatCell(
      @Schema(required = true) int likelihood,
      @Schema(required = true) int impact,
      @Schema(required = true) int score,
      @Schema(required = true) String band,
      @Schema(required = true) int count) {}
}
