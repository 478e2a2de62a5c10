package com.kuailv.emergency.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Which groups' channels one incident event reaches, per grade (group codes). */
@Entity
@Table(name = "notification_rule")
public class Rule {
  @Id public String event;

  public int position;

  public String[] ungraded;

  public String[] general;

  public String[] serious;

  public String[] major;

  /** The admin's own first line for the event's messages, or null for the standard one. */
  public String headline;

  @Version public long version;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
