package com.kuailv.emergency.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SMS receiver's signature check and the message's template variables, without a server. */
class SmsSignatureTest {
  /**
   * Alibaba Cloud's published V3 example (help.aliyun.com, "ROA风格请求体&签名机制": RunInstances on
   * ecs.cn-shanghai, nonce d410180a…, 2023-10-26T09:01:01Z, secret YourAccessKeySecret).
   */
  @Test
  void theReceiversV3SignatureMatchesThePublishedExample() {
    String emptyBody = Receivers.sha256Hex("");
    Map<String, String> headers =
        Map.of(
            "host", "ecs.cn-shanghai.aliyuncs.com",
            "x-acs-action", "RunInstances",
            "x-acs-content-sha256", emptyBody,
            "x-acs-date", "2023-10-26T09:01:01Z",
            "x-acs-signature-nonce", "d410180a5abf7fe235dd9b74aca91fc0",
            "x-acs-version", "2014-05-26");
    String signature =
        Receivers.acs3Signature(
            "POST",
            "/",
            Map.of(
                "ImageId",
                "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd",
                "RegionId",
                "cn-shanghai"),
            headers,
            List.copyOf(headers.keySet()),
            emptyBody,
            "YourAccessKeySecret");
    assertEquals("e521358f7776c97df52e6b2891a8bc73026794a071b50c3323388c4e0df64804", signature);
  }

  @Test
  void theTemplateGetsTheIncidentTheGradeAShortTitleBeijingTimeAndTheAcknowledgeLink() {
    Notice page =
        new Notice(
            "incident.paged",
            42,
            "冷链仓温控系统宕机，三号库温度持续升高，司机在月台等待装车",
            "MAJOR",
            "技术应急小组",
            Instant.parse("2026-11-30T20:05:00Z"),
            "https://kuailv.example/incidents/42",
            List.of(),
            "https://kuailv.example/m/pages/abc");
    JsonObject param = new JsonObject(SmsSender.templateParam(page));
    assertEquals("42", param.getString("id"));
    assertEquals("重大", param.getString("grade"));
    assertEquals(20, param.getString("title").length());
    assertEquals("12-01 04:05", param.getString("time"));
    assertEquals("https://kuailv.example/m/pages/abc", param.getString("link"));
    Notice ungraded =
        new Notice(
            "incident.reported",
            43,
            "短",
            null,
            null,
            Instant.parse("2026-11-30T20:05:00Z"),
            "https://kuailv.example/incidents/43");
    JsonObject other = new JsonObject(SmsSender.templateParam(ungraded));
    assertEquals("未定级", other.getString("grade"));
    assertEquals("https://kuailv.example/incidents/43", other.getString("link"));
  }
}
