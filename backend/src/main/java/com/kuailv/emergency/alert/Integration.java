package com.kuailv.emergency.alert;

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

/** A monitoring system or supply-chain system that sends alerts with its own key. */
@Entity
@Table(name = "integration")
public class Integration {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String name;

  @Enumerated(EnumType.STRING)
  public IntegrationType type;

  /** SHA-256 of the key; the key itself is shown once and never stored. */
  @Column(name = "key_hash")
  public String keyHash;

  @Column(name = "key_hint")
  public String keyHint;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "key_rotated_at")
  public Instant keyRotatedAt;

  @Column(name = "last_received_at")
  public Instant lastReceivedAt;

  @Column(name = "heartbeat_interval_seconds")
  public Integer heartbeatIntervalSeconds;

  @Column(name = "heartbeat_grace_seconds")
  public Integer heartbeatGraceSeconds;

  @Column(name = "last_ping_at")
  public Instant lastPingAt;

  /** EVENTS only: the OIDC client that may send here with a client-credentials token. */
  @Column(name = "client_id")
  public String clientId;

  @Version public long version;
}
