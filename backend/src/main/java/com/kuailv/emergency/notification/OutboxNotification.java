package com.kuailv.emergency.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A notification the lifecycle queued in its own transaction (read-only here). */
@Entity
@Table(name = "notification_outbox")
public class OutboxNotification {
  @Id public Long id;

  @Column(name = "event_key")
  public String eventKey;

  @Column(name = "incident_id")
  public Long incidentId;

  @Column(name = "target_group")
  public String targetGroup;

  public String kind;

  /** JSON: incidentId, grade, title. */
  public String payload;

  @Column(name = "created_at")
  public Instant createdAt;
}
