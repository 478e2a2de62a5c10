package com.kuailv.emergency.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named range of risk scores (inclusive, 1 to 25); together the bands cover 1 to 25. */
@Entity
@Table(name = "risk_band")
public class RiskBand {
  @Id public String code;

  @Column(name = "min_score")
  public int minScore;

  @Column(name = "max_score")
  public int maxScore;
}
