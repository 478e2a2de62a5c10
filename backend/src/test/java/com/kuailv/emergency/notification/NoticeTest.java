package com.kuailv.emergency.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NoticeTest {
  @Test
  void signsLikeTheStandardWebhooksTestVector() {
    assertEquals(
        "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
        Signatures.standardWebhook(
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            1614265330,
            "{\"test\": 2432232314}"));
  }

  @Test
  void anEventsOwnHeadlineFillsItsVariablesAndKeepsTheTitleInert() {
    Notice notice =
        new Notice(
            "incident.activated",
            42,
            "订单 [点我](http://evil.example)",
            "MAJOR",
            "技术应急小组",
            Instant.parse("2026-11-30T12:31:00Z"),
            "https://ops.example/incidents/42",
            java.util.List.of(),
            null,
            null,
            true,
            "{{event}}：#{{ id }} {{title}}（{{grade}}，{{group}}，{{time}}）",
            false);
    assertEquals(
        "【快驴应急】已启动应急响应：#42 订单 [点我](http://evil.example)（建议重大，技术应急小组，11-30 20:31）",
        notice.headline(),
        "plain text (an e-mail subject, a card title) shows the title as written");
    assertEquals(
        "【快驴应急】已启动应急响应：#42 订单 ［点我］（http://evil.example）（建议重大，技术应急小组，11-30 20:31）",
        notice.markdownHeadline(),
        "in markdown the title cannot make a link");
    assertTrue(notice.markdown(4096).startsWith("### " + notice.markdownHeadline()));
    assertTrue(
        new Post(java.util.List.of(notice, notice))
            .markdown(20_000)
            .contains("- 已启动应急响应：#42 订单 ［点我］（http://evil.example）"));
    Notice longTitle =
        new Notice(
            "incident.activated",
            42,
            "长".repeat(200) + "\n第二行",
            "MAJOR",
            null,
            Instant.parse("2026-11-30T12:31:00Z"),
            "https://ops.example/incidents/42",
            java.util.List.of(),
            null,
            null,
            false,
            "{{title}} {{title}}",
            false);
    assertEquals(
        "【快驴应急】".length() + 200,
        longTitle.headline().length(),
        "one line of at most 200 characters");
    assertTrue(longTitle.headline().endsWith("…") && !longTitle.headline().contains("\n"));
    assertEquals(null, HeadlineTemplate.problem("{{event}} #{{id}} {{ title }}"));
    assertEquals("unknown:phone", HeadlineTemplate.problem("#{{id}} {{phone}}"));
    assertEquals("malformed", HeadlineTemplate.problem("#{{id}} {{title}"));
    assertEquals("malformed", HeadlineTemplate.problem("#{id}} ok"));
    assertEquals("characters", HeadlineTemplate.problem("[确认接警](http://x) {{id}}"));
    assertEquals("characters", HeadlineTemplate.problem("{{id}}\n第二行"));
    assertEquals("characters", HeadlineTemplate.problem("<b>{{id}}</b>"));
  }

  @Test
  void aTitleCannotPlantALinkOrButtonInTheChat() {
    Notice notice =
        new Notice(
            "incident.reported",
            7,
            "冷库温度异常 [确认接警](http://evil.example/phish) **紧急** <b>",
            null,
            "技术应急小组",
            Instant.parse("2026-11-30T12:31:00Z"),
            "https://ops.example/incidents/7");
    String text = notice.markdown(4096);
    assertTrue(!text.contains("](http://evil"), text);
    assertTrue(text.contains("冷库温度异常 ［确认接警］（http://evil.example/phish）"), text);
    assertTrue(!text.contains("<b>") && !text.contains("**紧急**"), text);
    assertTrue(text.endsWith("[打开作战室](https://ops.example/incidents/7)"), text);
    String merged = new Post(java.util.List.of(notice, notice)).markdown(20_000);
    assertTrue(!merged.contains("](http://evil"), merged);
  }

  @Test
  void aLongTitleIsShortenedOnACharacterBoundaryAndTheLinkStays() {
    String title = "订单🥶".repeat(2000);
    Notice notice =
        new Notice(
            "incident.activated",
            42,
            title,
            "MAJOR",
            "技术应急小组",
            Instant.parse("2026-11-30T12:31:00Z"),
            "https://ops.example/incidents/42");
    for (int limit : new int[] {4096, 4097, 4098, 4099, 20_000}) {
      String text = notice.markdown(limit);
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      assertTrue(bytes.length <= limit, limit + ": " + bytes.length);
      assertEquals(text, new String(bytes, StandardCharsets.UTF_8), "no broken character");
      assertTrue(text.endsWith("[打开作战室](https://ops.example/incidents/42)"), text);
      assertTrue(text.contains("**时间**：2026-11-30 20:31（北京时间）"));
      assertTrue(text.contains("…"));
    }
    assertTrue(notice.headline().equals("【快驴应急】故障 #42 已启动应急响应（重大）"));
  }

  @Test
  void aChannelThatReadsEnglishGetsEveryWordInEnglish() {
    Notice notice =
        new Notice(
                "incident.status-update",
                42,
                "Orders cannot be placed",
                "MAJOR",
                "技术应急小组",
                Instant.parse("2026-11-30T12:31:00Z"),
                "https://ops.example/incidents/42",
                java.util.List.of(
                    new Notice.Mention("s1", "Wang", "13800000000", null, null, null),
                    new Notice.Mention("s2", "Li", null, null, "li.w", null)),
                "https://ops.example/m/pages/abc",
                new Notice.Update(
                    "Failing over",
                    "All orders",
                    "Check stock",
                    Instant.parse("2026-11-30T13:01:00Z")),
                true,
                null,
                false)
            .in(true, "Technical Team");
    assertEquals(
        "[Kuailv Emergency] Incident #42: status update (proposed major)", notice.headline());
    String markdown = notice.markdown(20_000);
    assertEquals(
        "### [Kuailv Emergency] Incident #42: status update (proposed major)\n\n"
            + "**Title**: Orders cannot be placed\n\n"
            + "**Current state**: Failing over\n\n"
            + "**Impact**: All orders\n\n"
            + "**Next steps**: Check stock\n\n"
            + "**Next update**: 2026-11-30 21:01 (Beijing time)\n\n"
            + "**Paging**: @13800000000 Wang, <@li.w> Li\n\n"
            + "**For**: Technical Team\n\n"
            + "**Time**: 2026-11-30 20:31 (Beijing time)\n\n"
            + "[Acknowledge (tap here)](https://ops.example/m/pages/abc)\n\n"
            + "[Open the war room](https://ops.example/incidents/42)",
        markdown);
    String plain = notice.plain(20_000);
    assertTrue(
        plain.contains("\nFor: Technical Team\nTime: 2026-11-30 20:31 (Beijing time)"), plain);
    assertTrue(
        plain.endsWith(
            "\nAcknowledge (tap here): https://ops.example/m/pages/abc"
                + "\nOpen the war room: https://ops.example/incidents/42"),
        plain);
    Post merged = new Post(java.util.List.of(notice, notice));
    assertEquals("[Kuailv Emergency] 2 notices (sent together)", merged.headline());
    String html = MailSender.html(merged);
    assertTrue(html.contains("<html lang=\"en\">"), html);
    assertTrue(html.contains("<p>Impact: All orders</p>"), html);
    for (String text :
        java.util.List.of(markdown, plain, merged.markdown(20_000), merged.plain(20_000), html)) {
      assertTrue(text.codePoints().noneMatch(c -> c >= 0x3000), "no Chinese word left: " + text);
    }
    assertEquals("proposed major", notice.gradeName(), "what an SMS template's ${grade} reads");
    assertEquals(
        "【快驴应急】故障 #42 进展通报（建议重大）",
        notice.in(false, "技术应急小组").headline(),
        "the same notice for a Chinese channel");
    Notice templated =
        new Notice(
            "incident.activated",
            42,
            "Orders",
            "MAJOR",
            null,
            Instant.parse("2026-11-30T12:31:00Z"),
            "https://ops.example/incidents/42",
            java.util.List.of(),
            null,
            null,
            false,
            "{{event}}：#{{id}} {{title}}",
            false);
    assertEquals("【快驴应急】已启动应急响应：#42 Orders", templated.headline());
    assertEquals(
        "[Kuailv Emergency] Incident #42: response activated (major)",
        templated.in(true, null).markdownHeadline(),
        "an admin's Chinese first line is not put in front of English readers");
  }

  @Test
  void aTestMessageIsNotAnIncidentAndLinksToTheNotificationsPage() {
    Notice test =
        new Notice(
            Notice.TEST,
            0,
            "这是一条测试消息",
            null,
            null,
            Instant.parse("2026-11-30T12:31:00Z"),
            "https://ops.example/notifications");
    assertEquals("【快驴应急】测试消息", test.headline());
    assertTrue(
        test.markdown(4096).endsWith("[打开通知页面](https://ops.example/notifications)"),
        test.markdown(4096));
    assertEquals("[Kuailv Emergency] Test message", test.in(true, null).headline());
    assertTrue(
        test.in(true, null)
            .plain(4096)
            .endsWith("Open the notifications page: https://ops.example/notifications"));
  }
}
