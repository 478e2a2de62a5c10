package com.kuailv.emergency.notification;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An admin's first line for an event's messages, after the 【快驴应急】 mark: text with {@code
 * {{variable}}} placeholders from {@link #VARIABLES} (spaces inside the braces allowed), e.g.
 * {@code {{event}}：故障 #{{id}} {{title}}（{{grade}}）}.
 */
final class HeadlineTemplate {
  /**
   * What a headline may say: the incident's number, title, grade in words (重大, 建议重大, 未定级), the
   * event in words (已启动应急响应), the group the message is for, and the Beijing time (MM-dd HH:mm).
   */
  static final List<String> VARIABLES = List.of("id", "title", "grade", "event", "group", "time");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

  private HeadlineTemplate() {}

  /** Characters that would make a link, an HTML tag or code in a chat's markdown, or a new line. */
  private static final Pattern FORBIDDEN = Pattern.compile("[\\[\\]<>`\\p{Cntrl}]");

  /**
   * The first problem with {@code template}: {@code characters} for a character of {@code [ ] < >
   * `} or a line break (they would make links, tags or lines in a chat), {@code unknown:<name>} for
   * a variable not in {@link #VARIABLES}, {@code malformed} for braces that open no placeholder;
   * null when it is fine.
   */
  static String problem(String template) {
    if (FORBIDDEN.matcher(template).find()) {
      return "characters";
    }
    Matcher placeholder = PLACEHOLDER.matcher(template);
    while (placeholder.find()) {
      if (!VARIABLES.contains(placeholder.group(1))) {
        return "unknown:" + placeholder.group(1);
      }
    }
    String rest = placeholder.replaceAll("");
    return rest.contains("{{") || rest.contains("}}") ? "malformed" : null;
  }

  /** The template with each placeholder replaced by its value (a checked template only). */
  static String render(String template, Map<String, String> values) {
    return PLACEHOLDER
        .matcher(template)
        .replaceAll(
            placeholder -> Matcher.quoteReplacement(values.getOrDefault(placeholder.group(1), "")));
  }
}
