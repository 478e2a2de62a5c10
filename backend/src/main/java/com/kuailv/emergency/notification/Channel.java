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

/** A chat robot or webhook that notifications are posted to; its URL and secret kept sealed. */
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

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
