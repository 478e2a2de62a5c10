package com.kuailv.emergency.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;

/** A group's rotation: members take turns of shiftDays, handing over at handoffTime in timeZone. */
@Entity
@Table(name = "roster_rotation")
public class RotationRecord {
  @Id
  @Column(name = "group_code")
  public String groupCode;

  @Column(name = "time_zone")
  public String timeZone;

  @Column(name = "starts_on")
  public LocalDate startsOn;

  @Column(name = "handoff_time")
  public LocalTime handoffTime;

  @Column(name = "shift_days")
  public int shiftDays;

  public String[] members;
}
