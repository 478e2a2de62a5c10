package com.kuailv.emergency.org;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the organization module reads and writes. */
public final class OrgApi {
  private OrgApi() {}

  /** A group's name in Chinese and in English. */
  public record GroupName(String zh, String en) {
    /** The name in English when {@code english}, else in Chinese. */
    public String in(boolean english) {
      return english ? en : zh;
    }
  }

  public record Group(
      @Schema(required = true) String code,
      String parentCode,
      @Schema(required = true) String nameZh,
      @Schema(required = true) String nameEn,
      @Schema(required = true) List<String> duties,
      @Schema(required = true) List<GroupMember> members) {}

  public record GroupMember(
      @Schema(required = true) String subject,
      @Schema(required = true) String displayName,
      @Schema(required = true) boolean lead) {}

  public record MembershipInput(@NotBlank @Size(max = 255) String subject, @NotNull Boolean lead) {}

  public record Contact(
      @Schema(maxLength = 30)
          @Size(max = 30)
          @Pattern(regexp = "^[0-9+\\- ]*$", message = "{kuailv.phone}")
          String phone,
      @Schema(maxLength = 200) @Size(max = 200) @Email String email,
      @Schema(maxLength = 100) @Size(max = 100) String wecomId,
      @Schema(maxLength = 100) @Size(max = 100) String dingtalkId,
      @Schema(maxLength = 100) @Size(max = 100) String feishuId) {}

  @Schema(name = "StaffMember")
  public record Member(
      @Schema(required = true) String subject,
      @Schema(required = true) String username,
      @Schema(required = true) String displayName,
      @Schema(required = true) List<String> roles,
      @Schema(required = true) List<String> groups,
      Contact contact) {}

  public record ShiftInput(
      @NotBlank @Size(max = 255) String subject,
      @NotNull Instant startsAt,
      @NotNull Instant endsAt,
      @Schema(description = "An override wins over shifts and the rotation") Boolean override,
      @Schema(maxLength = 200) @Size(max = 200) String note) {}

  public record Shift(
      @Schema(required = true) long id,
      @Schema(required = true) String groupCode,
      @Schema(required = true) String subject,
      @Schema(required = true) String displayName,
      @Schema(required = true) Instant startsAt,
      @Schema(required = true) Instant endsAt,
      @Schema(required = true) boolean override,
      @Schema(required = true) String note) {}

  public record Rotation(
      @Schema(description = "IANA time zone, e.g. Asia/Shanghai") @NotBlank @Size(max = 60)
          String timeZone,
      @NotNull LocalDate startsOn,
      @Schema(
              type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
              example = "09:00")
          @NotNull
          LocalTime handoffTime,
      @NotNull @Min(1) @Max(28) Integer shiftDays,
      @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 255) String> members) {}

  public record OnDuty(
      @Schema(required = true) String groupCode,
      String subject,
      String displayName,
      @Schema(required = true, description = "OVERRIDE, SHIFT, ROTATION or NONE") String source,
      Contact contact) {}

  public record ExpertInput(
      @NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 40) String> skills,
      @Schema(maxLength = 500) @Size(max = 500) String note) {}

  public record Expert(
      @Schema(required = true) String subject,
      @Schema(required = true) String displayName,
      @Schema(required = true) List<String> skills,
      @Schema(required = true) String note,
      Contact contact) {}
}
