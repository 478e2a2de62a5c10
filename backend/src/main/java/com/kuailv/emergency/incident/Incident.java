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

@Entity
@Table(name = "incident")
public class Incident {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Version public long version;

  public String title;
  public String phenomenon;

  @Column(name = "occurred_at")
  public Instant occurredAt;

  @Column(name = "affected_systems")
  public String[] affectedSystems;

  @Column(name = "business_lines")
  public String[] businessLines;

  public String[] regions;
  public String contact;

  @Enumerated(EnumType.STRING)
  public IncidentStatus status;

  @Column(name = "reporter_subject")
  public String reporterSubject;

  @Column(name = "reporter_name")
  public String reporterName;

  @Column(name = "reported_at")
  public Instant reportedAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Enumerated(EnumType.STRING)
  public IncidentCategory category;

  @Enumerated(EnumType.STRING)
  public Grade grade;

  @Enumerated(EnumType.STRING)
  @Column(name = "proposed_grade")
  public Grade proposedGrade;

  @Column(name = "acknowledged_at")
  public Instant acknowledgedAt;

  @Column(name = "activated_at")
  public Instant activatedAt;

  @Column(name = "mitigated_at")
  public Instant mitigatedAt;

  @Column(name = "resolved_at")
  public Instant resolvedAt;

  @Column(name = "reviewed_at")
  public Instant reviewedAt;

  @Column(name = "cancelled_at")
  public Instant cancelledAt;

  @Column(name = "cancel_reason")
  public String cancelReason;

  boolean isActive() {
    return status.isActive();
  }
}
