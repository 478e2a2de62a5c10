package com.kuailv.emergency.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The signing schemes of the services, as their documentation states them. */
final class Signatures {
  private Signatures() {}

  /**
   * DingTalk custom robot: Base64(HMAC-SHA256(key = secret, message = timestamp + "\n" + secret)),
   * sent URL-encoded as {@code sign} beside {@code timestamp} (epoch milliseconds).
   */
  static String dingTalk(long timestampMillis, String secret) {
    return base64(hmac(utf8(secret), utf8(timestampMillis + "\n" + secret)));
  }

  /**
   * Feishu custom bot: the other way round, Base64(HMAC-SHA256(key = timestamp + "\n" + secret,
   * message = empty)), sent in the body as {@code sign} beside {@code timestamp} (epoch seconds).
   */
  static String feishu(long timestampSeconds, String secret) {
    return base64(hmac(utf8(timestampSeconds + "\n" + secret), new byte[0]));
  }

  /**
   * Standard Webhooks: {@code v1,} + Base64(HMAC-SHA256(key = Base64-decoded secret after {@code
   * whsec_}, message = id + "." + timestamp + "." + body)), the timestamp in epoch seconds.
   */
  static String standardWebhook(String secret, String id, long timestampSeconds, String body) {
    byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
    return "v1," + base64(hmac(key, utf8(id + "." + timestampSeconds + "." + body)));
  }

  private static byte[] hmac(byte[] key, byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
