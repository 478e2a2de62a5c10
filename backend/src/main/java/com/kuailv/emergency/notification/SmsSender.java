package com.kuailv.emergency.notification;

import com.aliyun.dysmsapi20170525.Client;
import com.aliyun.dysmsapi20170525.models.SendSmsRequest;
import com.aliyun.dysmsapi20170525.models.SendSmsResponse;
import com.aliyun.dysmsapi20170525.models.SendSmsResponseBody;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teautil.models.RuntimeOptions;
import com.kuailv.emergency.common.text.StorableText;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends one notice as an SMS through Alibaba Cloud SMS with the provider's own SDK ({@code
 * dysmsapi20170525}, signed with its V3 scheme, ACS3-HMAC-SHA256). The SDK blocks, so each call
 * runs on a worker thread and its answer comes back on the caller's Vert.x context. The provider's
 * answer {@code Code: OK} is a delivery; any other code, an HTTP error or no answer within {@code
 * kuailv.notification.timeout} is a failed attempt that the worker retries (the SDK's own retries
 * are off, so an attempt is one request).
 *
 * <p>The account's template is filled with {@code id} (incident number), {@code grade} (重大, 严重, 一般
 * or 未定级), {@code title} (at most 20 characters), {@code time} (Beijing, MM-dd HH:mm) and {@code
 * link} (the acknowledge link for a page, else the war room), e.g. 【快驴】故障#${id}
 * （${grade}）${title}，${time}，请确认：${link}.
 */
@ApplicationScoped
@RegisterForReflection(
    targets = {
      SendSmsRequest.class,
      SendSmsResponse.class,
      SendSmsResponseBody.class,
      Config.class,
      RuntimeOptions.class
    })
class SmsSender {
  /** The template variables' longest title: providers refuse longer variable values. */
  static final int TITLE_CHARS = 20;

  /** An SMS account: where the provider's API is and what each message is sent as. */
  record Account(
      String endpoint,
      String accessKeyId,
      String accessKeySecret,
      String signName,
      String template) {}

  private final Vertx vertx;
  private final Duration timeout;

  SmsSender(Vertx vertx, @ConfigProperty(name = "kuailv.notification.timeout") Duration timeout) {
    this.vertx = vertx;
    this.timeout = timeout;
  }

  /** The template's variables for a notice, as the JSON object the provider takes. */
  static String templateParam(Notice notice) {
    String link = notice.ackUrl() != null ? notice.ackUrl() : notice.link();
    return new JsonObject()
        .put("id", String.valueOf(notice.incidentId()))
        .put("grade", notice.gradeName())
        .put("title", StorableText.shorten(notice.title(), TITLE_CHARS))
        .put("time", notice.shortBeijingTime())
        .put("link", link)
        .encode();
  }

  /** Sends {@code notice} to {@code phone} from {@code account}; never fails, answers instead. */
  Uni<ChannelPoster.Answer> send(Account account, String phone, Notice notice) {
    long started = System.nanoTime();
    return vertx
        // Unordered: SMS to several people go out side by side on the worker pool.
        .executeBlocking(
            Uni.createFrom().item(() -> sendNow(account, phone, notice, started)), false)
        .onFailure()
        .recoverWithItem(
            failure ->
                new ChannelPoster.Answer(
                    false,
                    null,
                    StorableText.shorten(String.valueOf(failure.getMessage()), 500),
                    elapsed(started)));
  }

  private ChannelPoster.Answer sendNow(Account account, String phone, Notice notice, long started) {
    try {
      URI endpoint = URI.create(account.endpoint());
      Config config =
          new Config()
              .setAccessKeyId(account.accessKeyId())
              .setAccessKeySecret(account.accessKeySecret())
              .setProtocol(endpoint.getScheme())
              .setEndpoint(
                  endpoint.getHost() + (endpoint.getPort() > 0 ? ":" + endpoint.getPort() : ""))
              .setConnectTimeout((int) timeout.toMillis())
              .setReadTimeout((int) timeout.toMillis());
      RuntimeOptions once = new RuntimeOptions();
      once.autoretry = false;
      once.connectTimeout = (int) timeout.toMillis();
      once.readTimeout = (int) timeout.toMillis();
      SendSmsResponse response =
          new Client(config)
              .sendSmsWithOptions(
                  new SendSmsRequest()
                      .setPhoneNumbers(phone.replaceAll("[^0-9+]", ""))
                      .setSignName(account.signName())
                      .setTemplateCode(account.template())
                      .setTemplateParam(templateParam(notice)),
                  once);
      SendSmsResponseBody body = response.getBody();
      boolean ok = body != null && "OK".equals(body.getCode());
      String answer =
          body == null
              ? "no body"
              : body.getCode()
                  + (ok ? " BizId " + body.getBizId() : " " + String.valueOf(body.getMessage()));
      return new ChannelPoster.Answer(
          ok, response.getStatusCode(), StorableText.shorten(answer, 500), elapsed(started));
    } catch (TeaException refused) {
      return new ChannelPoster.Answer(
          false,
          refused.getStatusCode(),
          StorableText.shorten(refused.getCode() + " " + refused.getMessage(), 500),
          elapsed(started));
    } catch (Exception failed) {
      return new ChannelPoster.Answer(
          false, null, StorableText.shorten(String.valueOf(failed), 500), elapsed(started));
    }
  }

  private static int elapsed(long startedNanos) {
    return (int) Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
  }
}
