package com.kuailv.emergency.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts secrets the platform must use again (robot URLs with their tokens, signing secrets) with
 * AES-256-GCM under {@code kuailv.secrets.key} (Base64 of 32 bytes, {@code KUAILV_SECRETS_KEY} in
 * production). Output: Base64 of a 12-byte random nonce followed by the ciphertext and tag.
 */
@ApplicationScoped
public class SecretBox {
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  SecretBox(@ConfigProperty(name = "kuailv.secrets.key") String base64Key) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64Key.strip());
    } catch (IllegalArgumentException notBase64) {
      bytes = new byte[0];
    }
    if (bytes.length != 32) {
      throw new IllegalStateException(
          "KUAILV_SECRETS_KEY (kuailv.secrets.key) must be Base64 of 32 bytes: openssl rand -base64 32");
    }
    this.key = new SecretKeySpec(bytes, "AES");
  }

  /**
   * A keyed fingerprint of {@code text}: hex HMAC-SHA256 under a key derived from the sealing key
   * (never the sealing key itself), so a stored fingerprint of a request holding a secret cannot be
   * checked against guesses without the platform's key.
   */
  public String fingerprint(String text) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
      byte[] derived = mac.doFinal("kuailv fingerprint key".getBytes(StandardCharsets.UTF_8));
      mac.init(new SecretKeySpec(derived, "HmacSHA256"));
      return java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The sealed form of a UTF-8 text; a new nonce each time. */
  public String seal(String plain) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[NONCE_BYTES + sealed.length];
      System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
      System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
      return Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot seal a secret", e);
    }
  }

  /**
   * The text sealed by {@link #seal}; refuses (IllegalStateException) one sealed under another key.
   */
  public String open(String sealed) {
    try {
      byte[] in = Base64.getDecoder().decode(sealed);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
      byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("Cannot open a secret: was kuailv.secrets.key changed?", e);
    }
  }
}
