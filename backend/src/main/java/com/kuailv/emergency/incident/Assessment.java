package com.kuailv.emergency.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One structured assessment of an incident; the newest is the current one. */
@Entity
@Table(name = "incident_assessment")
public class Assessment {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "incident_id")
  public Long incidentId;

  @Column(name = "affected_modules")
  public String[] affectedModules;

  @Column(name = "business_lines")
  public String[] businessLines;

  @Column(name = "core_flows_down")
  public String[] coreFlowsDown;

  @Column(name = "orders_affected_per_hour")
  public int ordersAffectedPerHour;

  @Column(name = "expected_recovery_minutes")
  public int expectedRecoveryMinutes;

  @Column(name = "estimated_loss")
  public BigDecimal estimatedLoss;

  @Enumerated(EnumType.STRING)
  @Column(name = "proposed_grade")
  public Grade proposedGrade;

  public String[] reasons;

  @Column(name = "assessed_by_subject")
  public String assessedBySubject;

  @Column(name = "assessed_by_name")
  public String assessedByName;

  @Column(name = "assessed_at")
  public Instant assessedAt;
}
