package com.kuailv.emergency.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A policy running for one incident: the next step to fire and when. */
@Entity
@Table(name = "escalation")
public class Escalation {
  public enum Status {
    ACTIVE,
    ACKNOWLEDGED,
    EXHAUSTED,
    STOPPED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "incident_id")
  public Long incidentId;

  @Column(name = "policy_id")
  public Long policyId;

  @Column(name = "step_index")
  public int stepIndex;

  public int round;

  @Enumerated(EnumType.STRING)
  public Status status;

  @Column(name = "next_at")
  public Instant nextAt;

  @Column(name = "ended_at")
  public Instant endedAt;

  @Column(name = "ended_by_name")
  public String endedByName;

  @Column(name = "created_at")
  public Instant createdAt;
}
