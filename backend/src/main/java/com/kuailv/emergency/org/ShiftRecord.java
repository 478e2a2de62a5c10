package com.kuailv.emergency.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An explicit on-duty shift or override; one person is never on two at once (the database refuses
 * overlaps).
 */
@Entity
@Table(name = "roster_shift")
public class ShiftRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "group_code")
  public String groupCode;

  public String subject;

  @Column(name = "starts_at")
  public Instant startsAt;

  @Column(name = "ends_at")
  public Instant endsAt;

  public boolean override;

  public String note;
}
