package com.kuailv.emergency.notification;

import com.kuailv.emergency.common.i18n.Texts;
import com.kuailv.emergency.common.text.StorableText;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * What a message says about an incident, and how it reads in a chat: in the channel's language
 * (Chinese, the groups' working language, unless the channel asks for English; the words come from
 * the {@code texts} bundle's {@code notice.*} keys), times in Beijing time with the date, a link to
 * the war room. Texts longer than a channel allows are shortened in the title, on a character
 * boundary, never dropped.
 *
 * @param kind the outbox kind: {@code incident.reported}, {@code incident.activated}, …, or {@code
 *     test}
 * @param grade GENERAL, SERIOUS, MAJOR or null (not graded yet)
 * @param gradeProposed whether {@code grade} is only proposed (an alert's or an assessment's), not
 *     confirmed by the commander: it reads 建议重大
 * @param groupName the name of the group the notice is for, in the notice's language, or null for
 *     everyone
 * @param headlineTemplate the event's rule's own first line ({@link HeadlineTemplate}), or null for
 *     the standard one; an admin writes it in Chinese, so an English notice reads the standard one
 * @param english whether the notice reads in English rather than Chinese
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
    String headlineTemplate,
    boolean english) {
  /** A structured status update's parts (user text), and when the next one is due (UTC). */
  public record Update(
      String currentState, String impact, String nextSteps, Instant nextUpdateAt) {}

  /** A notice in Chinese without a status update. */
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
    this(
        kind,
        incidentId,
        title,
        grade,
        groupName,
        at,
        link,
        mentions,
        ackUrl,
        null,
        false,
        null,
        false);
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

  /** A notice in Chinese that pages nobody by name. */
  public Notice(
      String kind,
      long incidentId,
      String title,
      String grade,
      String groupName,
      Instant at,
      String link) {
    this(kind, incidentId, title, grade, groupName, at, link, java.util.List.of(), null);
  }

  /** This notice in English ({@code true}) or Chinese, with {@code groupName} in that language. */
  public Notice in(boolean inEnglish, String groupNameThere) {
    return new Notice(
        kind,
        incidentId,
        title,
        grade,
        groupNameThere,
        at,
        link,
        mentions,
        ackUrl,
        update,
        gradeProposed,
        headlineTemplate,
        inEnglish);
  }

  /** The outbox kind of a shift hand-over notice (no incident; its title says what is open). */
  public static final String HANDOVER = "duty.handover";

  /** The kind of a channel's test message (no incident; its link opens the notifications page). */
  public static final String TEST = "test";

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter SHORT_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

  /** The words of {@code notice.<key>} in this notice's language. */
  String words(String key, Object... arguments) {
    return Texts.text("texts", english, "notice." + key, arguments);
  }

  /** 【快驴应急】 or "[Kuailv Emergency] ": what every headline starts with. */
  public String brand() {
    return words("brand");
  }

  /** One line: 【快驴应急】故障 #12 已启动应急响应（重大）, or 【快驴应急】值班交接：技术应急小组. */
  public String headline() {
    if (kind.equals(HANDOVER)) {
      return brand() + (groupName == null ? words("handover") : words("handover.group", groupName));
    }
    if (kind.equals(TEST)) {
      return brand() + words("test.headline");
    }
    if (headlineTemplate != null && !english) {
      return headline(false);
    }
    String grading = grade == null ? "" : words("grading", gradeName());
    return brand() + words("headline", String.valueOf(incidentId), event(), grading);
  }

  /** What happened, in words: 已启动应急响应; an unknown kind as its code. */
  private String event() {
    return wordsOr("event." + kind, kind);
  }

  /** The words of {@code notice.<key>}, or {@code code} itself when there are none. */
  private String wordsOr(String key, String code) {
    return Texts.bundle("texts", english).containsKey("notice." + key) ? words(key) : code;
  }

  /**
   * {@link #headline()} for a markdown message: the values an event's own headline shows (a title,
   * a group name) cannot plant a link or formatting there.
   */
  public String markdownHeadline() {
    return headlineTemplate == null || english ? headline() : headline(true);
  }

  /** An event's own headline, one line of at most 200 characters, its values inert for markdown. */
  private String headline(boolean markdown) {
    java.util.function.UnaryOperator<String> value =
        text -> {
          String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
          return markdown ? inert(line) : line;
        };
    return brand()
        + StorableText.shorten(
            HeadlineTemplate.render(
                headlineTemplate,
                Map.of(
                    "id", String.valueOf(incidentId),
                    "title", value.apply(title),
                    "grade", gradeName(),
                    "event", event(),
                    "group", value.apply(groupName),
                    "time", shortBeijingTime())),
            200);
  }

  /** What the title is: an incident's title, or a hand-over's summary. */
  String titleLabel() {
    return words(kind.equals(HANDOVER) ? "label.handover" : "label.title");
  }

  /**
   * What the link opens: the war room, for a hand-over the list of incidents, for a test message
   * the notifications page.
   */
  public String linkLabel() {
    return words(
        kind.equals(HANDOVER)
            ? "link.incidents"
            : kind.equals(TEST) ? "link.notifications" : "link.war-room");
  }

  /** "标题：" or "Title: ": a label and the separator after it. */
  String field(String label) {
    return label + words("separator");
  }

  /** The grade in words: 重大 (major), 严重, 一般, 建议重大 when only proposed, 未定级 before grading. */
  public String gradeName() {
    String name = grade == null ? words("grade.none") : wordsOr("grade." + grade, grade);
    return gradeProposed && grade != null ? words("grade.proposed", name) : name;
  }

  /** Beijing time, short, for an SMS: 11-30 20:31. */
  public String shortBeijingTime() {
    return SHORT_TIME.format(at.atZone(BEIJING));
  }

  /** Beijing time with the date: 2026-11-30 20:31（北京时间）, or 2026-11-30 20:31 (Beijing time). */
  public String beijingTime() {
    return beijingTime(at);
  }

  /** {@code when} as Beijing time with the date, in this notice's language. */
  String beijingTime(Instant when) {
    return words("beijing", TIME.format(when.atZone(BEIJING)));
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
    String head = "### " + markdownHeadline() + "\n\n**" + titleLabel() + "**" + words("separator");
    String body =
        inert(title)
            + (update == null
                ? ""
                : "\n\n"
                    + boldField("currentState", inert(update.currentState()))
                    + "\n\n"
                    + boldField("impact", inert(update.impact()))
                    + "\n\n"
                    + boldField("nextSteps", inert(update.nextSteps()))
                    + "\n\n"
                    + boldField("nextUpdate", beijingTime(update.nextUpdateAt())));
    String tail =
        "\n\n"
            + (mentions.isEmpty() ? "" : boldField("paging", callLine()) + "\n\n")
            + (groupName == null ? "" : boldField("for", inert(groupName)) + "\n\n")
            + boldField("time", beijingTime())
            + (ackUrl == null ? "" : "\n\n[" + words("link.ack") + "](" + ackUrl + ")")
            + "\n\n["
            + linkLabel()
            + "]("
            + link
            + ")";
    return fit(head, body, tail, maxBytes);
  }

  /** "**时间**：value" in markdown, the label in this notice's language. */
  String boldField(String label, String value) {
    return "**" + words("label." + label) + "**" + words("separator") + value;
  }

  /** "时间：value" in plain text, the label in this notice's language. */
  String plainField(String label, String value) {
    return field(words("label." + label)) + value;
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
    return String.join(words("list-separator"), calls);
  }

  /** Plain text within {@code maxBytes}, for services that take no markdown. */
  public String plain(int maxBytes) {
    String head = headline() + "\n" + field(titleLabel());
    String body =
        title
            + (update == null
                ? ""
                : "\n"
                    + plainField("currentState", update.currentState())
                    + "\n"
                    + plainField("impact", update.impact())
                    + "\n"
                    + plainField("nextSteps", update.nextSteps())
                    + "\n"
                    + plainField("nextUpdate", beijingTime(update.nextUpdateAt())));
    String tail =
        (groupName == null ? "" : "\n" + plainField("for", groupName))
            + "\n"
            + plainField("time", beijingTime())
            + (ackUrl == null ? "" : "\n" + field(words("link.ack")) + ackUrl)
            + "\n"
            + field(linkLabel())
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
