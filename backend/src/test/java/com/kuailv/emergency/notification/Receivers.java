package com.kuailv.emergency.notification;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Loopback receivers that answer as the real services do and check what they are sent byte for
 * byte: each verifies the service's signature with its own implementation of the documented scheme
 * (not the platform's), and refuses what the service refuses.
 */
final class Receivers implements AutoCloseable {
  /** One request as received, and whether it passed the receiver's checks. */
  record Received(
      String path,
      Map<String, String> query,
      Map<String, String> headers,
      String body,
      boolean accepted) {}

  static final String DINGTALK_SECRET =
      "SEC0123456789abcdef0123456789abcdef0123456789abcdef0123456789ab";
  static final String FEISHU_SECRET = "fs-secret-0123456789ab";
  static final String WEBHOOK_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  private final Vertx vertx = Vertx.vertx();
  private final HttpServer server;
  final List<Received> received = new CopyOnWriteArrayList<>();

  /** Path → how many more requests to answer 500 per webhook-id (the flaky receivers). */
  private final Map<String, Integer> failFirst = new ConcurrentHashMap<>();

  private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();

  Receivers() throws Exception {
    server =
        vertx
            .createHttpServer()
            .requestHandler(
                request ->
                    request
                        .body()
                        .onSuccess(body -> answer(request, body.toString(StandardCharsets.UTF_8))))
            .listen(0, "127.0.0.1")
            .toCompletionStage()
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.actualPort() + path;
  }

  /** The webhook at {@code path} answers 500 to the first {@code times} tries of each message. */
  void failFirst(String path, int times) {
    failFirst.put(path, times);
  }

  List<Received> at(String path) {
    return received.stream().filter(r -> r.path().equals(path)).toList();
  }

  private void answer(HttpServerRequest request, String body) {
    String path = request.path();
    Map<String, String> query = new java.util.HashMap<>();
    request.params().forEach(e -> query.put(e.getKey(), e.getValue()));
    Map<String, String> headers = new java.util.HashMap<>();
    request.headers().forEach(e -> headers.put(e.getKey().toLowerCase(), e.getValue()));
    if (path.startsWith("/dingtalk")) {
      String expected =
          hmac(
              DINGTALK_SECRET.getBytes(StandardCharsets.UTF_8),
              query.get("timestamp") + "\n" + DINGTALK_SECRET);
      boolean ok =
          expected.equals(query.get("sign"))
              && fresh(Long.parseLong(query.get("timestamp")) / 1000)
              && "markdown".equals(new JsonObject(body).getString("msgtype"))
              && bytes(new JsonObject(body).getJsonObject("markdown").getString("text")) <= 20_000;
      reply(
          request,
          path,
          query,
          headers,
          body,
          ok,
          ok
              ? "{\"errcode\":0,\"errmsg\":\"ok\"}"
              : "{\"errcode\":310000,\"errmsg\":\"sign not match\"}");
    } else if (path.startsWith("/feishu")) {
      JsonObject json = new JsonObject(body);
      String timestamp = json.getString("timestamp");
      String expected =
          hmac((timestamp + "\n" + FEISHU_SECRET).getBytes(StandardCharsets.UTF_8), "");
      boolean ok =
          expected.equals(json.getString("sign"))
              && fresh(Long.parseLong(timestamp))
              && "post".equals(json.getString("msg_type"));
      reply(
          request,
          path,
          query,
          headers,
          body,
          ok,
          ok
              ? "{\"code\":0,\"msg\":\"success\",\"data\":{}}"
              : "{\"code\":19021,\"msg\":\"sign match fail or timestamp is not within one hour from current time\"}");
    } else if (path.startsWith("/wecom")) {
      JsonObject json = new JsonObject(body);
      String content = json.getJsonObject("markdown").getString("content");
      boolean ok = "markdown".equals(json.getString("msgtype")) && bytes(content) <= 4096;
      reply(
          request,
          path,
          query,
          headers,
          body,
          ok,
          ok
              ? "{\"errcode\":0,\"errmsg\":\"ok\"}"
              : "{\"errcode\":40058,\"errmsg\":\"markdown.content exceed max length 4096\"}");
    } else if (path.startsWith("/garbage")) {
      reply(request, path, query, headers, body, false, "<html>gateway</html>");
    } else {
      String id = headers.get("webhook-id");
      String timestamp = headers.get("webhook-timestamp");
      byte[] key = Base64.getDecoder().decode(WEBHOOK_SECRET.substring("whsec_".length()));
      String expected = "v1," + hmac(key, id + "." + timestamp + "." + body);
      boolean signed =
          expected.equals(headers.get("webhook-signature")) && fresh(Long.parseLong(timestamp));
      int count = seen.computeIfAbsent(path + " " + id, k -> new AtomicInteger()).incrementAndGet();
      boolean failing = count <= failFirst.getOrDefault(path, 0);
      received.add(new Received(path, query, headers, body, signed && !failing));
      request.response().setStatusCode(!signed ? 401 : failing ? 500 : 204).end();
    }
  }

  private void reply(
      HttpServerRequest request,
      String path,
      Map<String, String> query,
      Map<String, String> headers,
      String body,
      boolean ok,
      String answer) {
    received.add(new Received(path, query, headers, body, ok));
    request.response().putHeader("Content-Type", "application/json").end(answer);
  }

  private static boolean fresh(long epochSeconds) {
    return Math.abs(System.currentTimeMillis() / 1000 - epochSeconds) < 3600;
  }

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String hmac(byte[] key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    vertx.close();
  }
}
