package com.kuailv.emergency.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The texts the server writes for people exist in both languages, and system actors have names. */
class TextsTest {
  private static Set<String> keys(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = TextsTest.class.getResourceAsStream("/" + file);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }

  @Test
  void bothBundlesHaveEveryKey() throws IOException {
    Set<String> english = keys("texts.properties");
    assertFalse(english.isEmpty());
    assertEquals(english, keys("texts_zh_CN.properties"));
    for (String key : english) {
      assertFalse(Texts.text("texts", true, key, "1", "2", "3").isBlank(), key);
      assertFalse(Texts.text("texts", false, key, "1", "2", "3").isBlank(), key);
    }
  }

  /**
   * The platform's own validation messages exist in both languages, and every {@code @Pattern}
   * names one: a regex is not a message for people.
   */
  @Test
  void validationMessagesExistInBothLanguagesAndEveryPatternHasOne() throws IOException {
    Set<String> english = keys("ValidationMessages.properties");
    assertFalse(english.isEmpty());
    assertEquals(english, keys("ValidationMessages_zh_CN.properties"));
    java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("@Pattern\\(([^)]*)\\)");
    try (java.util.stream.Stream<java.nio.file.Path> files =
        java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        java.util.regex.Matcher m = pattern.matcher(java.nio.file.Files.readString(file));
        while (m.find()) {
          java.util.regex.Matcher key =
              java.util.regex.Pattern.compile("message = \"\\{([a-z.-]+)}\"").matcher(m.group(1));
          org.junit.jupiter.api.Assertions.assertTrue(
              key.find() && english.contains(key.group(1)), file + ": " + m.group());
        }
      }
    }
  }

  @Test
  void argumentsAreFilledInWithApostrophesKept() {
    assertEquals(
        "Step 2: paged 王工 (on duty for 技术应急小组)",
        Texts.text("texts", true, "timeline.escalation.paged.ON_DUTY", 2, "王工", "技术应急小组"));
    assertEquals(
        "第 2 步：呼叫 王工（技术应急小组值班）",
        Texts.text("texts", false, "timeline.escalation.paged.ON_DUTY", 2, "王工", "技术应急小组"));
  }

  @Test
  void aGroupOnTheTimelineIsNamedInTheReadersLanguage() {
    var text =
        com.kuailv.emergency.incident.IncidentApi.TimelineText.of(
            "escalation.paged.ON_DUTY",
            2,
            "王工",
            com.kuailv.emergency.incident.IncidentApi.TimelineText.group("TECHNICAL"));
    assertEquals("Step 2: paged 王工 (on duty for Technical team)", text.render(true));
    assertEquals("第 2 步：呼叫 王工（技术应急小组值班）", text.render(false));
  }

  @Test
  void systemActorsAreNamedInTheReadersLanguageAndPeopleAsStored() {
    assertEquals("系统", SystemActors.name("system", "系统 system", false));
    assertEquals("System", SystemActors.name("system", "系统 system", true));
    assertEquals("Escalation policy", SystemActors.name("system:escalation", "升级策略", true));
    assertEquals("系统", SystemActors.name("system:something-new", "x", false));
    assertEquals("Alert · 订单监控", SystemActors.name("integration:3", "告警 · 订单监控", true));
    assertEquals("告警 · 订单监控", SystemActors.name("integration:3", "告警 · 订单监控", false));
    assertEquals("王工", SystemActors.name("a1b2-c3", "王工", true));
  }
}
