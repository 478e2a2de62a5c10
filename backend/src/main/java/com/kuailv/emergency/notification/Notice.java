package com.kuailv.emergency.notification;

import com.kuailv.emergency.common.text.StorableText;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * What a message says about an incident, and how it reads in a chat: Chinese (the groups' working
 * language), times in Beijing time with the date, a link to the war room. Texts longer than a
 * channel allows are shortened in the title, on a character boundary, never dropped.
 *
 * @param kind the outbox kind: {@code incident.reported}, {@code incident.activated}, …, or {@code
 *     test}
 * @param grade GENERAL, SERIOUS, MAJOR or null (not graded yet)
 * @param gradeProposed whether {@code grade} is only proposed (an alert's or an assessment's), not
 *     confirmed by the commander: it reads 建议重大
 * @param groupName the Chinese name of the group the notice is for, or null for everyone
 * @param headlineTemplate the event's rule's own first line ({@link HeadlineTemplate}), or null for
 *     the standard one
 */
public record Notice(
    String kind,
    long incidentId,
    String title,
    String grade,
    String groupName,
    Instant at,
    String link,
    java.util.List<Mention> mentions,
    String ackUrl,
    Update update,
    boolean gradeProposed,
    String headlineTemplate) {
  /** A structured status update's parts (user text), and when the next one is due (UTC). */
  public record Update(
      String currentState, String impact, String nextSteps, Instant nextUpdateAt) {}

  /** A notice without a status update. */
  public Notice(
      String kind,
      long incidentId,
      String title,
      String grade,
      String groupName,
      Instant at,
      String link,
      java.util.List<Mention> mentions,
      String ackUrl) {
    this(kind, incidentId, title, grade, groupName, at, link, mentions, ackUrl, null, false, null);
  }

  /**
   * A person paged by name: @-mentioned by phone (DingTalk) or by their id in the suite; {@code
   * subject} is their account, so a failed chat message can fall back to an SMS to them.
   */
  public record Mention(
      String subject,
      String name,
      String phone,
      String dingtalkId,
      String wecomId,
      String feishuId) {}

  /** A notice that pages nobody by name. */
  public Notice(
      String kind,
      long incidentId,
      String title,
      String grade,
      String groupName,
      Instant at,
      String link) {
    this(
        kind,
        incidentId,
        title,
        grade,
        groupName,
        at,
        link,
        java.util.List.of(),
        null,
        null,
        false,
        null);
  }

  /** The outbox kind of a shift hand-over notice (no incident; its title says what is open). */
  public static final String HANDOVER = "duty.handover";

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter SHORT_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
  private static final Map<String, String> WHAT =
      Map.ofEntries(
          Map.entry("incident.reported", "新故障上报"),
          Map.entry("incident.acknowledged", "已确认接警"),
          Map.entry("incident.graded", "已确认等级"),
          Map.entry("incident.activated", "已启动应急响应"),
          Map.entry("incident.regraded", "等级已调整"),
          Map.entry("incident.resolved", "已宣布应急结束"),
          Map.entry("incident.reviewed", "已完成复盘"),
          Map.entry("incident.paged", "呼叫接警"),
          Map.entry("incident.update-due", "已超过更新周期未发布进展，请沟通组长发布进展"),
          Map.entry("incident.update-overdue", "进展更新已逾期一个周期以上，请指挥长跟进"),
          Map.entry("incident.status-update", "进展通报"),
          Map.entry("incident.task-overdue", "任务已逾期"),
          Map.entry("test", "测试消息"));
  private static final Map<String, String> GRADE =
      Map.of("GENERAL", "一般", "SERIOUS", "严重", "MAJOR", "重大");

  /** One line: 【快驴应急】故障 #12 已启动应急响应（重大）, or 【快驴应急】值班交接：技术应急小组. */
  public String headline() {
    if (kind.equals(HANDOVER)) {
      return "【快驴应急】值班交接" + (groupName == null ? "" : "：" + groupName);
    }
    if (headlineTemplate != null) {
      return headline(false);
    }
    String grading = grade == null ? "" : "（" + gradeName() + "）";
    return "【快驴应急】故障 #" + incidentId + " " + WHAT.getOrDefault(kind, kind) + grading;
  }

  /**
   * {@link #headline()} for a markdown message: the values an event's own headline shows (a title,
   * a group name) cannot plant a link or formatting there.
   */
  public String markdownHeadline() {
    return headlineTemplate == null ? headline() : headline(true);
  }

  /** An event's own headline, one line of at most 200 characters, its values inert for markdown. */
  private String headline(boolean markdown) {
    java.util.function.UnaryOperator<String> value =
        text -> {
          String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
          return markdown ? inert(line) : line;
        };
    return "【快驴应急】"
        + StorableText.shorten(
            HeadlineTemplate.render(
                headlineTemplate,
                Map.of(
                    "id", String.valueOf(incidentId),
                    "title", value.apply(title),
                    "grade", gradeName(),
                    "event", WHAT.getOrDefault(kind, kind),
                    "group", value.apply(groupName),
                    "time", shortBeijingTime())),
            200);
  }

  /** What the title is: an incident's title, or a hand-over's summary. */
  String titleLabel() {
    return kind.equals(HANDOVER) ? "交接" : "标题";
  }

  /** What the link opens: the war room, or for a hand-over the list of incidents. */
  public String linkLabel() {
    return kind.equals(HANDOVER) ? "查看故障列表" : "打开作战室";
  }

  /** The grade in words: 重大, 严重, 一般, or 未定级 before grading. */
  public String gradeName() {
    return gradeProposed && grade != null ? "建议" + gradeName(grade) : gradeName(grade);
  }

  /** GENERAL, SERIOUS, MAJOR (or null) in words: 一般, 严重, 重大, 未定级. */
  public static String gradeName(String grade) {
    return grade == null ? "未定级" : GRADE.getOrDefault(grade, grade);
  }

  /** Beijing time, short, for an SMS: 11-30 20:31. */
  public String shortBeijingTime() {
    return SHORT_TIME.format(at.atZone(BEIJING));
  }

  /** Beijing time with the date: 2026-11-30 20:31（北京时间）. */
  public String beijingTime() {
    return TIME.format(at.atZone(BEIJING)) + "（北京时间）";
  }

  /**
   * User text made inert in chat markdown: the characters that make links, emphasis, headings or
   * HTML become their full-width forms, so a title like "[确认接警](http://…)" cannot plant a button.
   */
  static String inert(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              int safe =
                  switch (c) {
                    case '[', ']', '(', ')', '<', '>', '*', '#', '`', '_', '~', '|', '!', '\\' ->
                        c + 0xFEE0;
                    default -> c;
                  };
              out.appendCodePoint(safe);
            });
    return out.toString();
  }

  /** Markdown within {@code maxBytes} UTF-8 bytes; the title and the update give way first. */
  public String markdown(int maxBytes) {
    String head = "### " + markdownHeadline() + "\n\n**" + titleLabel() + "**：";
    String body =
        inert(title)
            + (update == null
                ? ""
                : "\n\n**当前进展**："
                    + inert(update.currentState())
                    + "\n\n**影响**："
                    + inert(update.impact())
                    + "\n\n**下一步**："
                    + inert(update.nextSteps())
                    + "\n\n**下次更新**："
                    + TIME.format(update.nextUpdateAt().atZone(BEIJING))
                    + "（北京时间）");
    String tail =
        "\n\n"
            + (mentions.isEmpty() ? "" : "**呼叫**：" + callLine() + "\n\n")
            + (groupName == null ? "" : "**通知**：" + inert(groupName) + "\n\n")
            + "**时间**："
            + beijingTime()
            + (ackUrl == null ? "" : "\n\n[确认接警（点此）](" + ackUrl + ")")
            + "\n\n["
            + linkLabel()
            + "]("
            + link
            + ")";
    return fit(head, body, tail, maxBytes);
  }

  /**
   * "@13800000000 张三" for each person: DingTalk only rings a phone that also appears in the text;
   * WeCom's markdown mentions by user id ({@code <@id>}).
   */
  public String callLine() {
    java.util.List<String> calls = new java.util.ArrayList<>();
    for (Mention m : mentions) {
      String at =
          m.phone() != null && !m.phone().isBlank()
              ? "@" + m.phone().replaceAll("[^0-9+]", "") + " "
              : m.wecomId() != null && !m.wecomId().isBlank() ? "<@" + m.wecomId() + "> " : "";
      calls.add(at + inert(m.name()));
    }
    return String.join("、", calls);
  }

  /** Plain text within {@code maxBytes}, for services that take no markdown. */
  public String plain(int maxBytes) {
    String head = headline() + "\n" + titleLabel() + "：";
    String body =
        title
            + (update == null
                ? ""
                : "\n当前进展："
                    + update.currentState()
                    + "\n影响："
                    + update.impact()
                    + "\n下一步："
                    + update.nextSteps()
                    + "\n下次更新："
                    + TIME.format(update.nextUpdateAt().atZone(BEIJING))
                    + "（北京时间）");
    String tail =
        (groupName == null ? "" : "\n通知：" + groupName)
            + "\n时间："
            + beijingTime()
            + "\n"
            + linkLabel()
            + "："
            + link;
    return fit(head, body, tail, maxBytes);
  }

  private static String fit(String head, String middle, String tail, int maxBytes) {
    int fixed = bytes(head) + bytes(tail);
    String shortened = StorableText.shortenToBytes(middle, Math.max(0, maxBytes - fixed));
    return StorableText.shortenToBytes(head + shortened + tail, maxBytes);
  }

  private static int bytes(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }
}
