package com.kuailv.emergency.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a risk's likelihood or impact, kept for its history. */
@Entity
@Table(name = "risk_score_change")
public class RiskScoreChange {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "risk_id")
  public long riskId;

  public Instant at;

  public int likelihood;

  public int impact;

  public int score;

  @Column(name = "changed_by")
  public String changedBy;
}
