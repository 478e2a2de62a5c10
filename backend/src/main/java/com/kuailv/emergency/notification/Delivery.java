package com.kuailv.emergency.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/**
 * One notification on its way to one group channel or to one person (SMS, e-mail): pending, sent
 * once, or a dead letter.
 */
@Entity
// Only what a worker changed is written: a cancellation made meanwhile is not overwritten.
@DynamicUpdate
@Table(name = "notification_delivery")
public class Delivery {
  /** How a delivery reaches one person directly. */
  public enum Medium {
    SMS,
    EMAIL
  }

  public enum Status {
    PENDING,
    SENT,
    DEAD,
    /** Not sent: what it announced was over first (a page acknowledged before it went out). */
    CANCELLED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "notification_id")
  public Long notificationId;

  /** The group's channel; for a delivery to a person, the SMS account (null for e-mail). */
  @Column(name = "channel_id")
  public Long channelId;

  /** The person this delivery reaches directly (SMS or e-mail); null for a group's channel. */
  @Column(name = "recipient_subject")
  public String recipientSubject;

  @Column(name = "recipient_name")
  public String recipientName;

  /** How the person is reached; null for a group's channel. */
  @Enumerated(EnumType.STRING)
  public Medium medium;

  @Enumerated(EnumType.STRING)
  public Status status;

  public int attempts;

  @Column(name = "next_attempt_at")
  public Instant nextAttemptAt;

  /** A claim by one replica until this instant; afterwards another may take it over. */
  @Column(name = "claimed_until")
  public Instant claimedUntil;

  @Column(name = "last_http_status")
  public Integer lastHttpStatus;

  @Column(name = "last_answer")
  public String lastAnswer;

  @Column(name = "last_latency_ms")
  public Integer lastLatencyMs;

  @Column(name = "sent_at")
  public Instant sentAt;

  @Column(name = "created_at")
  public Instant createdAt;
}
