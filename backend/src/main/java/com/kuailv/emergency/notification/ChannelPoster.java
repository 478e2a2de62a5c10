package com.kuailv.emergency.notification;

import com.kuailv.emergency.common.text.StorableText;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Posts one notice to one channel in the service's own format and signing scheme, without blocking,
 * and reads the service's answer: WeCom and DingTalk answer {@code errcode 0}, Feishu {@code code
 * 0}, a webhook any 2xx. A receiver that hangs is cut off after {@code
 * kuailv.notification.timeout}; garbage counts as a failure.
 */
@ApplicationScoped
class ChannelPoster {
  /** What the receiver said: the HTTP status (null when none came), its body (cut), the time. */
  record Answer(boolean ok, Integer httpStatus, String answer, int latencyMs) {}

  private final WebClient client;
  private final Clock clock;
  private final Duration timeout;
  private final MailSender mail;

  ChannelPoster(
      Vertx vertx,
      Clock clock,
      @ConfigProperty(name = "kuailv.notification.timeout") Duration timeout,
      MailSender mail) {
    this.client = WebClient.create(vertx);
    this.clock = clock;
    this.timeout = timeout;
    this.mail = mail;
  }

  /**
   * Sends one message to the channel at {@code url} (signed with {@code secret} when the kind
   * signs); {@code messageId} names the message for receivers that deduplicate (webhook-id).
   */
  Uni<Answer> post(ChannelKind kind, String url, String secret, Notice notice, String messageId) {
    return post(kind, url, secret, new Post(List.of(notice)), messageId);
  }

  /** Sends a post (one notice, or several merged for a robot over its rate). */
  Uni<Answer> post(ChannelKind kind, String url, String secret, Post notice, String messageId) {
    if (kind == ChannelKind.EMAIL) {
      return mail.send(url, notice);
    }
    long started = System.nanoTime();
    Uni<HttpResponse<Buffer>> sent;
    try {
      sent = send(kind, url, secret, notice, messageId);
    } catch (RuntimeException malformed) {
      return Uni.createFrom().item(new Answer(false, null, malformed.getMessage(), 0));
    }
    return sent.map(response -> answer(kind, response, elapsed(started)))
        .onFailure()
        .recoverWithItem(
            failure ->
                new Answer(
                    false,
                    null,
                    StorableText.shorten(String.valueOf(failure.getMessage()), 500),
                    elapsed(started)));
  }

  private Uni<HttpResponse<Buffer>> send(
      ChannelKind kind, String url, String secret, Post notice, String messageId) {
    switch (kind) {
      case WECOM:
        return json(
            client.postAbs(url),
            new JsonObject()
                .put("msgtype", "markdown")
                .put("markdown", new JsonObject().put("content", notice.markdown(kind.maxBytes())))
                .encode());
      case DINGTALK:
        {
          long millis = clock.millis();
          String signed =
              url
                  + (url.contains("?") ? "&" : "?")
                  + "timestamp="
                  + millis
                  + "&sign="
                  + URLEncoder.encode(Signatures.dingTalk(millis, secret), StandardCharsets.UTF_8);
          JsonArray phones = new JsonArray();
          JsonArray userIds = new JsonArray();
          for (Notice.Mention m : notice.mentions()) {
            if (m.phone() != null && !m.phone().isBlank()) {
              phones.add(m.phone().replaceAll("[^0-9+]", ""));
            } else if (m.dingtalkId() != null && !m.dingtalkId().isBlank()) {
              userIds.add(m.dingtalkId());
            }
          }
          return json(
              client.postAbs(signed),
              new JsonObject()
                  .put("msgtype", "markdown")
                  .put(
                      "markdown",
                      new JsonObject()
                          .put("title", notice.headline())
                          .put("text", notice.markdown(kind.maxBytes())))
                  .put(
                      "at",
                      new JsonObject()
                          .put("atMobiles", phones)
                          .put("atUserIds", userIds)
                          .put("isAtAll", false))
                  .encode());
        }
      case FEISHU:
        {
          long seconds = clock.millis() / 1000;
          JsonArray line =
              new JsonArray()
                  .add(
                      new JsonObject()
                          .put("tag", "text")
                          .put("text", notice.plain(kind.maxBytes())));
          JsonObject post =
              new JsonObject()
                  .put(
                      "zh_cn",
                      new JsonObject()
                          .put("title", notice.headline())
                          .put("content", new JsonArray(List.of(line))));
          return json(
              client.postAbs(url),
              new JsonObject()
                  .put("timestamp", String.valueOf(seconds))
                  .put("sign", Signatures.feishu(seconds, secret))
                  .put("msg_type", "post")
                  .put("content", new JsonObject().put("post", post))
                  .encode());
        }
      case WEBHOOK:
      default:
        {
          Notice single = notice.notices().get(0);
          long seconds = clock.millis() / 1000;
          String body =
              new JsonObject()
                  .put("type", single.kind())
                  .put("timestamp", single.at().toString())
                  .put(
                      "data",
                      new JsonObject()
                          .put("incidentId", single.incidentId())
                          .put("title", single.title())
                          .put("grade", single.grade())
                          .put("group", single.groupName())
                          .put("link", single.link())
                          .put("ackUrl", single.ackUrl())
                          .put(
                              "paged",
                              new JsonArray(
                                  single.mentions().stream().map(Notice.Mention::name).toList()))
                          .put("text", single.plain(kind.maxBytes())))
                  .encode();
          HttpRequest<Buffer> request =
              client
                  .postAbs(url)
                  .putHeader("webhook-id", messageId)
                  .putHeader("webhook-timestamp", String.valueOf(seconds))
                  .putHeader(
                      "webhook-signature",
                      Signatures.standardWebhook(secret, messageId, seconds, body));
          return json(request, body);
        }
    }
  }

  private Uni<HttpResponse<Buffer>> json(HttpRequest<Buffer> request, String body) {
    return request
        .timeout(timeout.toMillis())
        .putHeader("Content-Type", "application/json; charset=utf-8")
        .sendBuffer(Buffer.buffer(body));
  }

  private static Answer answer(ChannelKind kind, HttpResponse<Buffer> response, int latencyMs) {
    String body = response.bodyAsString();
    String shown = StorableText.shorten(body == null ? "" : body, 500);
    boolean ok = response.statusCode() / 100 == 2 && acceptedBy(kind, body);
    return new Answer(ok, response.statusCode(), shown, latencyMs);
  }

  /** Robots answer 200 even when they refuse; their code in the body decides. */
  private static boolean acceptedBy(ChannelKind kind, String body) {
    if (kind == ChannelKind.WEBHOOK) {
      return true;
    }
    try {
      JsonObject answer = new JsonObject(body);
      String field = kind == ChannelKind.FEISHU ? "code" : "errcode";
      Object code =
          answer.getValue(field, kind == ChannelKind.FEISHU ? answer.getValue("StatusCode") : null);
      return code instanceof Number number && number.intValue() == 0;
    } catch (RuntimeException garbage) {
      return false;
    }
  }

  private static int elapsed(long startedNanos) {
    return (int) Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
  }
}
