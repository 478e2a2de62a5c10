package com.kuailv.emergency.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A silence or maintenance window: matching alerts are kept, marked, and open nothing. */
@Entity
@Table(name = "silence")
public class SilenceRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  /** Only this integration's alerts; null for every integration. */
  @Column(name = "integration_id")
  public Long integrationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "match_field")
  public Matcher.Field matchField;

  @Column(name = "match_label")
  public String matchLabel;

  @Column(name = "match_pattern")
  public String matchPattern;

  @Column(name = "starts_at")
  public Instant startsAt;

  @Column(name = "ends_at")
  public Instant endsAt;

  public String reason;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "created_at")
  public Instant createdAt;
}
