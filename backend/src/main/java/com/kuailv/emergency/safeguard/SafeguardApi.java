package com.kuailv.emergency.safeguard;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the safeguards module reads and writes. */
public final class SafeguardApi {
  private SafeguardApi() {}

  public record SystemInput(
      @Schema(maxLength = 100) @NotBlank @Size(max = 100) String name,
      @Schema(maxLength = 2000) @Size(max = 2000) String description,
      @Schema(description = "A backup at least every N hours") @NotNull @Min(1) @Max(720)
          Integer backupEveryHours,
      @NotNull @Min(1) @Max(3650) Integer retentionDays,
      @Schema(description = "Whether backups are copied off site") @NotNull Boolean offsiteCopy,
      @Schema(maxLength = 2000) @Size(max = 2000) String redundancy,
      @Schema(description = "A restore must be verified at least every N days")
          @NotNull
          @Min(1)
          @Max(365)
          Integer restoreCheckDays) {}

  public record RestoreCheckInput(
      @NotNull LocalDate checkedOn,
      @Schema(description = "Whether the restored data matched") @NotNull Boolean passed,
      @Schema(maxLength = 2000) @Size(max = 2000) String note) {}

  public record ProtectedSystem(
      @Schema(required = true) long id,
      @Schema(required = true) long version,
      @Schema(required = true) String name,
      @Schema(required = true) String description,
      @Schema(required = true) int backupEveryHours,
      @Schema(required = true) int retentionDays,
      @Schema(required = true) boolean offsiteCopy,
      @Schema(required = true) String redundancy,
      @Schema(required = true) int restoreCheckDays,
      LocalDate lastRestoreOn,
      Boolean lastRestorePassed,
      @Schema(required = true, description = "No passed restore within restoreCheckDays")
          boolean restoreOverdue,
      @Schema(required = true) Instant updatedAt) {}

  public record RestoreCheck(
      @Schema(required = true) long id,
      @Schema(required = true) LocalDate checkedOn,
      @Schema(required = true) boolean passed,
      @Schema(required = true) String note,
      @Schema(required = true) String recordedBy,
      @Schema(required = true) Instant recordedAt) {}
}
