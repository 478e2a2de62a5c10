package com.kuailv.emergency.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A person's own choice of what else reaches them when they are paged, by grade: the grades (
 * UNGRADED, GENERAL, SERIOUS, MAJOR) at which the page also comes by SMS and by e-mail, and the
 * language their e-mail is written in (an SMS follows its account's approved template).
 */
@Entity
@Table(name = "notification_preference")
public class Preference {
  @Id public String subject;

  @Version public long version;

  @Column(name = "sms_grades")
  public String[] smsGrades;

  @Column(name = "email_grades")
  public String[] emailGrades;

  /** The language of the e-mail that reaches this person: zh-CN or en. */
  public String language;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
