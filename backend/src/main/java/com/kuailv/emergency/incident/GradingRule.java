package com.kuailv.emergency.incident;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** An assessment meeting this rule is proposed at least this grade. Rules live in the database. */
@Entity
@Table(name = "grading_rule")
public class GradingRule {
  /** What a rule measures in an assessment. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "GradingMeasure")
  public enum Measure {
    CORE_FLOWS_DOWN,
    AFFECTED_MODULES,
    ORDERS_PER_HOUR,
    RECOVERY_MINUTES,
    ESTIMATED_LOSS
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Enumerated(EnumType.STRING)
  public Grade grade;

  @Enumerated(EnumType.STRING)
  public Measure measure;

  public BigDecimal threshold;
  public String description;
  public int position;
}
