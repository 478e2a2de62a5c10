package com.kuailv.emergency.safeguard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One restore test of a protected system: when, whether the data matched, who recorded it. */
@Entity
@Table(name = "restore_check")
public class RestoreCheckRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "system_id")
  public long systemId;

  @Column(name = "checked_on")
  public LocalDate checkedOn;

  public boolean passed;

  public String note;

  @Column(name = "recorded_by")
  public String recordedBy;

  @Column(name = "recorded_at")
  public Instant recordedAt;
}
