package com.kuailv.emergency.notification;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the notification screens send and receive. Secrets go in, never out. */
public final class NotificationApi {
  private NotificationApi() {}

  @Schema(name = "ChannelInput")
  public record ChannelInput(
      @NotBlank @Size(max = 100) String name,
      @NotNull ChannelKind kind,
      @Schema(description = "Response-group code whose chat this is; absent for every group")
          @Size(max = 40)
          String groupCode,
      @Schema(
              description =
                  "The robot's or receiver's http(s) address, with its token; required when"
                      + " creating, absent to keep the stored one")
          @Size(max = 2000)
          String url,
      @Schema(
              description =
                  "Signing secret (DingTalk SEC…, Feishu, webhook whsec_…); required for those"
                      + " kinds when creating, absent to keep the stored one")
          @Size(max = 500)
          String secret,
      @Schema(description = "Default true") Boolean enabled,
      @Schema(description = "SMS: the account's AccessKey ID; required when creating one")
          @Size(max = 100)
          String accessKeyId,
      @Schema(description = "SMS: the approved sign name (签名); required when creating one")
          @Size(max = 100)
          String signName,
      @Schema(
              description =
                  "SMS: the approved template's code (SMS_…), filled with ${id}, ${grade},"
                      + " ${title}, ${time}, ${link}; required when creating one")
          @Size(max = 100)
          String templateCode,
      @Schema(
              description =
                  "The language its messages are written in: zh-CN (the default) or en; absent"
                      + " keeps the stored one",
              enumeration = {"zh-CN", "en"})
          @Pattern(regexp = "zh-CN|en", message = "{kuailv.language}")
          String language) {}

  @Schema(name = "Channel")
  public record ChannelView(
      @Schema(required = true) long id,
      @Schema(required = true) long version,
      @Schema(required = true) String name,
      @Schema(required = true) ChannelKind kind,
      String groupCode,
      @Schema(required = true, description = "Host and the address's last characters only")
          String endpointHint,
      @Schema(required = true) boolean hasSecret,
      @Schema(required = true) boolean enabled,
      @Schema(required = true) Instant createdAt,
      @Schema(required = true) Instant updatedAt,
      @Schema(description = "SMS: the AccessKey ID") String accessKeyId,
      @Schema(description = "SMS: the sign name") String signName,
      @Schema(description = "SMS: the template code") String templateCode,
      @Schema(
              required = true,
              description = "The language its messages are written in",
              enumeration = {"zh-CN", "en"})
          String language) {}

  @Schema(name = "ChannelTestResult")
  public record TestResult(
      @Schema(required = true) boolean ok,
      @Schema(description = "The receiver's HTTP status; absent when none came") Integer httpStatus,
      @Schema(required = true, description = "The receiver's answer, cut to 500 characters")
          String answer,
      @Schema(required = true) int latencyMs) {}

  @Schema(name = "Delivery")
  public record DeliveryView(
      @Schema(required = true) long id,
      @Schema(description = "Absent for a notice about no one incident (a shift hand-over)")
          Long incidentId,
      @Schema(required = true, description = "incident.reported, incident.activated, …")
          String kind,
      @Schema(required = true) String targetGroup,
      @Schema(
              description =
                  "The group's channel, or the SMS account; absent for e-mail to a person")
          Long channelId,
      @Schema(description = "Absent for e-mail to a person") String channelName,
      @Schema(description = "Absent for e-mail to a person") ChannelKind channelKind,
      @Schema(description = "The person reached directly (SMS, e-mail); absent for a group")
          String recipientName,
      @Schema(description = "How the person is reached; absent for a group") Delivery.Medium medium,
      @Schema(required = true) Delivery.Status status,
      @Schema(required = true) int attempts,
      @Schema(required = true) Instant nextAttemptAt,
      Integer lastHttpStatus,
      String lastAnswer,
      Integer lastLatencyMs,
      Instant sentAt,
      @Schema(required = true) Instant createdAt) {}

  /** A grade as a page sees it: not graded yet, or one of the plan's three. */
  public enum PageGrade {
    UNGRADED,
    GENERAL,
    SERIOUS,
    MAJOR;

    /** GENERAL, SERIOUS or MAJOR as it is, null as UNGRADED. */
    public static PageGrade of(String grade) {
      return grade == null ? UNGRADED : valueOf(grade);
    }
  }

  @Schema(name = "NotificationSettingsInput")
  public record SettingsInput(
      @Schema(maxLength = 30, description = "Mobile number, for SMS and @-mentions; blank for none")
          @Size(max = 30)
          @Pattern(regexp = "^[0-9+\\- ]*$", message = "{kuailv.phone}")
          String phone,
      @Schema(maxLength = 200, description = "E-mail address; blank for none")
          @Size(max = 200)
          @Email
          String email,
      @Schema(description = "Grades at which a page to me also comes by SMS") @NotNull
          java.util.Set<@NotNull PageGrade> smsGrades,
      @Schema(description = "Grades at which a page to me also comes by e-mail") @NotNull
          java.util.Set<@NotNull PageGrade> emailGrades,
      @Schema(
              description =
                  "The language of my e-mail (an SMS follows its account's template): zh-CN (the"
                      + " default) or en; absent keeps the stored one",
              enumeration = {"zh-CN", "en"})
          @Pattern(regexp = "zh-CN|en", message = "{kuailv.language}")
          String language) {}

  @Schema(name = "NotificationSettings")
  public record SettingsView(
      @Schema(required = true) String phone,
      @Schema(required = true) String email,
      @Schema(required = true) java.util.List<PageGrade> smsGrades,
      @Schema(required = true) java.util.List<PageGrade> emailGrades,
      @Schema(
              required = true,
              description = "Grades whose pages always come by SMS too (the plan's rule: MAJOR)")
          java.util.List<PageGrade> alwaysSmsGrades,
      @Schema(required = true, description = "Whether an SMS account is set up and enabled")
          boolean smsAvailable,
      @Schema(
              required = true,
              description = "The language of my e-mail",
              enumeration = {"zh-CN", "en"})
          String language,
      @Schema(required = true) long version) {}

  @Schema(name = "NotificationRule")
  public record RuleView(
      @Schema(
              required = true,
              description =
                  "reported, acknowledged, graded, activated, regraded, status-update, resolved,"
                      + " reviewed")
          String event,
      @Schema(required = true, description = "Group codes per grade (UNGRADED: before grading)")
          Map<PageGrade, List<String>> groups,
      @Schema(description = "The event's own first line (variables in {{…}}), or null: standard")
          String headline,
      @Schema(required = true) long version,
      @Schema(required = true) Instant updatedAt) {}

  @Schema(name = "NotificationRuleInput")
  public record RuleInput(
      @Schema(description = "Group codes per grade; a grade left out reaches nobody") @NotNull
          Map<@NotNull PageGrade, @NotNull @Size(max = 8) List<@NotBlank String>> groups,
      @Schema(
              description =
                  "The first line of the event's messages after 【快驴应急】, with variables {{id}},"
                      + " {{title}}, {{grade}}, {{event}}, {{group}} and {{time}} (Beijing,"
                      + " MM-dd HH:mm); blank or absent: the standard line",
              maxLength = 200)
          @Size(max = 200)
          String headline) {}

  @Schema(name = "DeliveryAttempt")
  public record AttemptView(
      @Schema(required = true) Instant attemptedAt,
      Integer httpStatus,
      String answer,
      @Schema(required = true) int latencyMs,
      @Schema(required = true) boolean ok) {}
}
