package com.kuailv.emergency.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A chat robot, webhook or group mailbox that notifications are posted to, or an SMS account that
 * reaches people one by one; its address and secret kept sealed.
 */
@Entity
@Table(name = "notification_channel")
public class Channel {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Version public long version;

  public String name;

  @Enumerated(EnumType.STRING)
  public ChannelKind kind;

  /** The response group whose chat this is; null for every group. */
  @Column(name = "group_code")
  public String groupCode;

  @Column(name = "endpoint_cipher")
  public String endpointCipher;

  @Column(name = "endpoint_hint")
  public String endpointHint;

  @Column(name = "secret_cipher")
  public String secretCipher;

  public boolean enabled;

  /** The language its messages are written in: zh-CN or en. */
  public String language;

  /** SMS only: the provider account's AccessKey ID (the secret is {@link #secretCipher}). */
  @Column(name = "access_key_id")
  public String accessKeyId;

  /** SMS only: the approved sign name (签名) messages are sent as. */
  @Column(name = "sign_name")
  public String signName;

  /** SMS only: the approved template (模板) each message fills in; see {@link SmsSender}. */
  @Column(name = "template_code")
  public String templateCode;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** Whether its messages are written in English ({@link #language} en) rather than Chinese. */
  public boolean english() {
    return "en".equals(language);
  }
}
