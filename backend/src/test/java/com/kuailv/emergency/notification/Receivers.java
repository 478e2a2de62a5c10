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
  static final String SMS_KEY_ID = "LTAI5tKuailvTestKeyId";
  static final String SMS_KEY_SECRET = "kuailv-test-access-key-secret-0123";
  static final String SMS_SIGN = "快驴应急";
  static final String SMS_TEMPLATE = "SMS_154950909";

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
    } else if (headers.containsKey("x-acs-action")) {
      // Alibaba Cloud's API lives at its endpoint's root.
      sms(request, path, query, headers, body);
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

  /**
   * Alibaba Cloud SMS's SendSms as the service checks it: the V3 signature (ACS3-HMAC-SHA256) over
   * the canonical request with every common header signed, the body's hash, the action and version,
   * the account's sign name and template, and a template parameter with exactly the template's
   * variables. Answers {@code Code: OK} with a BizId, or the service's error code.
   */
  private void sms(
      HttpServerRequest request,
      String path,
      Map<String, String> query,
      Map<String, String> headers,
      String body) {
    String error = null;
    String authorization = headers.getOrDefault("authorization", "");
    java.util.regex.Matcher auth =
        java.util.regex.Pattern.compile(
                "ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})")
            .matcher(authorization);
    if (!auth.matches() || !SMS_KEY_ID.equals(auth.group(1))) {
      error = "InvalidAccessKeyId.NotFound";
    } else {
      List<String> signed = List.of(auth.group(2).split(";"));
      String expected =
          acs3Signature(
              request.method().name(),
              path,
              query,
              headers,
              signed,
              headers.getOrDefault("x-acs-content-sha256", ""),
              SMS_KEY_SECRET);
      boolean everyCommonHeader =
          signed.containsAll(
              List.of(
                  "host",
                  "x-acs-action",
                  "x-acs-content-sha256",
                  "x-acs-date",
                  "x-acs-signature-nonce",
                  "x-acs-version"));
      if (!everyCommonHeader
          || !expected.equals(auth.group(3))
          || !sha256Hex(body).equals(headers.get("x-acs-content-sha256"))) {
        error = "SignatureDoesNotMatch";
      } else if (!"SendSms".equals(headers.get("x-acs-action"))
          || !"2017-05-25".equals(headers.get("x-acs-version"))) {
        error = "InvalidAction.NotFound";
      } else if (!SMS_SIGN.equals(query.get("SignName"))) {
        error = "isv.SMS_SIGNATURE_ILLEGAL";
      } else if (!SMS_TEMPLATE.equals(query.get("TemplateCode"))) {
        error = "isv.SMS_TEMPLATE_ILLEGAL";
      } else if (query.getOrDefault("PhoneNumbers", "").isBlank()) {
        error = "isv.MOBILE_NUMBER_ILLEGAL";
      } else {
        JsonObject param = new JsonObject(query.getOrDefault("TemplateParam", "{}"));
        if (!param.fieldNames().equals(java.util.Set.of("id", "grade", "title", "time", "link"))
            || param.getString("title").length() > 20) {
          error = "isv.TEMPLATE_PARAMS_ILLEGAL";
        }
      }
    }
    received.add(new Received(path, query, headers, body, error == null));
    request
        .response()
        .setStatusCode(error == null ? 200 : error.startsWith("isv.") ? 200 : 400)
        .putHeader("Content-Type", "application/json")
        .end(
            error == null
                ? "{\"RequestId\":\"r-1\",\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"900619746936498440^0\"}"
                : "{\"RequestId\":\"r-1\",\"Code\":\""
                    + error
                    + "\",\"Message\":\""
                    + error
                    + "\"}");
  }

  /**
   * Alibaba Cloud's V3 request signature, as its documentation defines it: HMAC-SHA256 with the
   * AccessKey secret over "ACS3-HMAC-SHA256\n" + hex(SHA-256(canonical request)), the canonical
   * request being method, path, the query sorted and percent-encoded (RFC 3986), each signed header
   * as "name:value\n", the signed header names and the body's hash, one per line; hex.
   */
  static String acs3Signature(
      String method,
      String path,
      Map<String, String> query,
      Map<String, String> headers,
      List<String> signedHeaders,
      String payloadHash,
      String secret) {
    String canonicalQuery =
        new java.util.TreeMap<>(query)
            .entrySet().stream()
                .map(e -> rfc3986(e.getKey()) + "=" + rfc3986(e.getValue()))
                .collect(java.util.stream.Collectors.joining("&"));
    StringBuilder canonicalHeaders = new StringBuilder();
    List<String> names = signedHeaders.stream().sorted().toList();
    for (String name : names) {
      canonicalHeaders.append(name).append(':').append(headers.get(name).strip()).append('\n');
    }
    String canonical =
        String.join(
            "\n",
            method,
            path.isEmpty() ? "/" : path,
            canonicalQuery,
            canonicalHeaders.toString(),
            String.join(";", names),
            payloadHash);
    String toSign = "ACS3-HMAC-SHA256\n" + sha256Hex(canonical);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return java.util.HexFormat.of()
          .formatHex(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String rfc3986(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }

  static String sha256Hex(String text) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
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
