package com.kuailv.emergency.risk;

import com.kuailv.emergency.risk.RiskApi.Category;
import com.kuailv.emergency.risk.RiskApi.Status;
import com.kuailv.emergency.risk.RiskApi.SubType;
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
import java.time.LocalDate;

/**
 * A risk in the register. Its score (likelihood x impact, 1 to 25) is a generated column and read
 * through {@link #score()}; the review date is a Beijing calendar date.
 */
@Entity
@Table(name = "risk")
public class Risk {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Version public long version;

  public String title;

  public String description;

  @Enumerated(EnumType.STRING)
  public Category category;

  @Enumerated(EnumType.STRING)
  @Column(name = "sub_type")
  public SubType subType;

  @Column(name = "custom_sub_type")
  public String customSubType;

  public int likelihood;

  public int impact;

  @Column(name = "owner_name")
  public String ownerName;

  public String[] mitigations;

  @Enumerated(EnumType.STRING)
  public Status status;

  @Column(name = "next_review_on")
  public LocalDate nextReviewOn;

  @Column(name = "review_overdue")
  public boolean reviewOverdue;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  int score() {
    return likelihood * impact;
  }
}
