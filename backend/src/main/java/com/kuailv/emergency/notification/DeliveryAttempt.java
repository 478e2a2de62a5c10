package com.kuailv.emergency.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One try to hand a delivery to its channel, with the receiver's answer. */
@Entity
@Table(name = "notification_attempt")
public class DeliveryAttempt {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "delivery_id")
  public Long deliveryId;

  @Column(name = "message_key")
  public String messageKey;

  @Column(name = "attempted_at")
  public Instant attemptedAt;

  @Column(name = "http_status")
  public Integer httpStatus;

  public String answer;

  @Column(name = "latency_ms")
  public int latencyMs;

  public boolean ok;
}
