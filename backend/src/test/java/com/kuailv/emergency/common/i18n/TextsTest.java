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
