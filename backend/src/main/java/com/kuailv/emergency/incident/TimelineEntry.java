package com.kuailv.emergency.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One append-only entry of an incident's timeline. */
@Entity
@Table(name = "incident_timeline")
public class TimelineEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "incident_id")
  public Long incidentId;

  @Enumerated(EnumType.STRING)
  public TimelineKind kind;

  @Column(name = "actor_subject")
  public String actorSubject;

  @Column(name = "actor_name")
  public String actorName;

  public String message;

  /** The text of {@code message} for readers of other languages (see {@link TimelineText}). */
  @Column(name = "message_key")
  public String messageKey;

  @Column(name = "message_args")
  public String[] messageArgs;

  @Column(name = "occurred_at")
  public Instant occurredAt;
}
