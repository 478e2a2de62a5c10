package com.kuailv.emergency.incident;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the response matrix takes and answers. */
public final class MatrixApi {
  private MatrixApi() {}

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
