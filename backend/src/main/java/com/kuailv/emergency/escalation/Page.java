package com.kuailv.emergency.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One person paged by one step, with the hash of their single-use acknowledge link. */
@Entity
@Table(name = "page")
public class Page {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "escalation_id")
  public Long escalationId;

  @Column(name = "incident_id")
  public Long incidentId;

  @Column(name = "step_position")
  public int stepPosition;

  public int round;

  @Column(name = "person_subject")
  public String personSubject;

  @Column(name = "person_name")
  public String personName;

  @Column(name = "group_code")
  public String groupCode;

  @Column(name = "token_hash")
  public String tokenHash;

  @Column(name = "expires_at")
  public Instant expiresAt;

  @Column(name = "acknowledged_at")
  public Instant acknowledgedAt;

  @Column(name = "created_at")
  public Instant createdAt;
}
