package com.kuailv.emergency.incident;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A technical action or business fallback someone does during the response. */
@Entity
@Table(name = "incident_task")
public class IncidentTask {
  /** Technical fix or business fallback. */
  @Schema(name = "TaskKind")
  public enum Kind {
    TECHNICAL,
    FALLBACK
  }

  /** What the task does. */
  @Schema(name = "TaskAction")
  public enum Action {
    ROLLBACK,
    DATA_RESTORE,
    NETWORK_CHANGE,
    MANUAL_ORDERS,
    PAPER_INVENTORY,
    PHONE_DISPATCH,
    OTHER
  }

  /** Where the task stands. */
  @Schema(name = "TaskStatus")
  public enum Status {
    OPEN,
    IN_PROGRESS,
    DONE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "incident_id")
  public Long incidentId;

  public String title;

  @Enumerated(EnumType.STRING)
  public Kind kind;

  @Enumerated(EnumType.STRING)
  public Action action;

  @Enumerated(EnumType.STRING)
  @Column(name = "owner_group")
  public ResponseGroup ownerGroup;

  @Column(name = "owner_subject")
  public String ownerSubject;

  @Column(name = "owner_name")
  public String ownerName;

  public boolean critical;

  @Enumerated(EnumType.STRING)
  public Status status;

  @Column(name = "due_at")
  public Instant dueAt;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "started_at")
  public Instant startedAt;

  @Column(name = "completed_at")
  public Instant completedAt;

  @Version public long version;
}
