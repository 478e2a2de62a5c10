package com.kuailv.emergency.safeguard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A protected system and its backup policy, with its last restore test. Overdue when no passed
 * restore lies within {@code restoreCheckDays} of today (Beijing date).
 */
@Entity
@Table(name = "protected_system")
public class SystemRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Version public long version;

  public String name;

  public String description;

  @Column(name = "backup_every_hours")
  public int backupEveryHours;

  @Column(name = "retention_days")
  public int retentionDays;

  @Column(name = "offsite_copy")
  public boolean offsiteCopy;

  public String redundancy;

  @Column(name = "restore_check_days")
  public int restoreCheckDays;

  @Column(name = "last_restore_on")
  public LocalDate lastRestoreOn;

  @Column(name = "last_restore_passed")
  public Boolean lastRestorePassed;

  @Column(name = "restore_overdue")
  public boolean restoreOverdue;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** Whether, on {@code today}, the system lacks a passed restore within its policy. */
  boolean overdueOn(LocalDate today) {
    return lastRestoreOn == null
        || !Boolean.TRUE.equals(lastRestorePassed)
        || lastRestoreOn.plusDays(restoreCheckDays).isBefore(today);
  }
}
