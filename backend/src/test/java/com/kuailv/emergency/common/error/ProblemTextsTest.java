package com.kuailv.emergency.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every problem text exists in Chinese and in English, and every problem type has a title. */
class ProblemTextsTest {
  /** The keys of one bundle file itself (a bundle's keySet would include its parent's). */
  private static Set<String> keys(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ProblemTextsTest.class.getResourceAsStream("/" + file);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }

  @Test
  void bothBundlesHaveEveryKey() throws IOException {
    Set<String> english = keys("problems.properties");
    Set<String> chinese = keys("problems_zh_CN.properties");
    assertFalse(english.isEmpty());
    assertEquals(english, chinese);
    for (String key : english) {
      assertFalse(ProblemTexts.text(false, key).isBlank(), key);
    }
  }

  /** Every message key the code names (ProblemException.invalid(field, "key", …)) is in both. */
  @Test
  void everyKeyTheCodeNamesExists() throws IOException {
    Set<String> english = keys("problems.properties");
    Set<String> chinese = keys("problems_zh_CN.properties");
    Pattern call =
        Pattern.compile(
            "ProblemException\\.(?:invalid|unprocessable)\\(\\s*[^;]*?,\\s*\"([a-z0-9-]+)\"");
    Set<String> named = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher matcher = call.matcher(Files.readString(file));
        while (matcher.find()) {
          named.add("field." + matcher.group(1));
        }
      }
    }
    assertTrue(named.size() > 30, "the code names its messages: " + named);
    for (String key : named) {
      assertTrue(english.contains(key), key + " in problems.properties");
      assertTrue(chinese.contains(key), key + " in problems_zh_CN.properties");
    }
  }

  /**
   * Every reason the code gives (new Reason("key", …), a task's doing new Doing("key")) is in both
   * bundles, and so is every word a reason builds from a code: roles, task statuses.
   */
  @Test
  void everyReasonTheCodeGivesExists() throws Exception {
    Set<String> english = keys("problems.properties");
    Set<String> chinese = keys("problems_zh_CN.properties");
    Pattern reason = Pattern.compile("new Reason\\(\\s*\"([a-z0-9.-]+)\"");
    Pattern doing = Pattern.compile("Doing\\(\"([a-z0-9-]+)\"\\)");
    Set<String> named = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String code = Files.readString(file);
        Matcher r = reason.matcher(code);
        while (r.find()) {
          if (!r.group(1).endsWith(".")) {
            named.add(r.group(1));
          }
        }
        Matcher d = doing.matcher(code);
        while (d.find()) {
          named.add("reason.doing." + d.group(1));
        }
      }
    }
    assertTrue(named.size() > 20, "the code gives its reasons: " + named);
    for (java.lang.reflect.Field role :
        com.kuailv.emergency.common.security.Roles.class.getFields()) {
      if (role.getType() == String.class) {
        named.add("role." + role.get(null));
      }
    }
    for (var status : com.kuailv.emergency.incident.IncidentTask.Status.values()) {
      named.add("task.status." + status);
    }
    for (String key : named) {
      assertTrue(english.contains(key), key + " in problems.properties");
      assertTrue(chinese.contains(key), key + " in problems_zh_CN.properties");
    }
  }

  @Test
  void aReasonIsWrittenOutInTheReadersLanguage() {
    Reason reason =
        new Reason(
            "reason.plan-not-now",
            "12",
            com.kuailv.emergency.incident.IncidentStatus.RESPONDING,
            new Reason("reason.plan-doing.plan.published"),
            new Reason.AnyOf(
                List.of(new Reason("task.status.OPEN"), new Reason("task.status.DONE"))));
    assertEquals(
        "Plan version 12 is "
            + com.kuailv.emergency.incident.IncidentStatus.RESPONDING.label(true)
            + ": it cannot be published; it must be open or done.",
        reason.in(true));
    assertEquals(
        "预案第 12 版现在是「"
            + com.kuailv.emergency.incident.IncidentStatus.RESPONDING.label(false)
            + "」，不能发布；需要是「待处理、已完成」",
        reason.in(false));
    assertEquals(
        "只有指挥长、技术应急小组可以这样做",
        new Reason("reason.role", List.of(new Reason("role.commander"), new Reason("role.tech")))
            .in(false));
    ProblemException problem = ProblemException.conflict(new Reason("reason.page-already-acked"));
    assertEquals("你已经确认过这次呼叫", problem.detail(false));
    assertEquals("You already acknowledged this page.", problem.detail(true));
    assertEquals(ProblemType.CONFLICT, problem.type());
  }

  @Test
  void everyProblemTypeHasATitleInBothLanguages() {
    for (ProblemType type : ProblemType.values()) {
      String zh = ProblemTexts.title(false, type);
      String en = ProblemTexts.title(true, type);
      assertEquals(type.title(), en, type.name());
      assertNotEquals(en, zh, type.name() + " has a Chinese title");
    }
  }

  @Test
  void argumentsAreFilledIn() {
    assertEquals(
        "The field 'title' must not be blank.",
        ProblemTexts.text(true, "detail.field-invalid", "title", "must not be blank"));
    assertEquals(
        "字段“title”不能为空。", ProblemTexts.text(false, "detail.field-invalid", "title", "不能为空"));
  }

  /** Every record the code names in a 404 or 412 (notFound("…"), stale("…")) has a name in both. */
  @Test
  void everyRecordTheCodeNamesHasANameInBothLanguages() throws IOException {
    Set<String> english = keys("problems.properties");
    Set<String> chinese = keys("problems_zh_CN.properties");
    Pattern call = Pattern.compile("ProblemException\\.(?:notFound|stale)\\(\\s*\"([^\"]+)\"");
    Set<String> named = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher matcher = call.matcher(Files.readString(file));
        while (matcher.find()) {
          named.add(ProblemException.Record.of(matcher.group(1)).key());
        }
      }
    }
    assertTrue(named.size() > 15, "the code names its records: " + named);
    for (String key : named) {
      assertTrue(english.contains(key), key + " in problems.properties");
      assertTrue(chinese.contains(key), key + " in problems_zh_CN.properties");
    }
  }

  @Test
  void missingAndStaleRecordsAreNamedInTheCallersLanguage() {
    ProblemException missing = ProblemException.notFound("Incident", 12345L);
    assertEquals("找不到故障 12345。", missing.detail(false));
    assertEquals("There is no incident 12345.", missing.detail(true));
    ProblemException stale = ProblemException.stale("incident", 3, 4);
    assertEquals(ProblemType.PRECONDITION_FAILED, stale.type());
    assertTrue(stale.detail(false).contains("你提交的是第 3 版，现在是第 4 版"), stale.detail(false));
    assertTrue(stale.detail(true).contains("you sent version 3, it is now 4"), stale.detail(true));
    assertEquals(
        "There is no unheard-of thing 7.",
        ProblemException.notFound("unheard-of thing", 7).detail(true),
        "a record without a name in the bundles is named as the code names it");
  }
}
