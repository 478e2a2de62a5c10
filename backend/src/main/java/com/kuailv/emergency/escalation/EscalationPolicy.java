package com.kuailv.emergency.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Ordered steps that page people until someone acknowledges; one policy is the default. */
@Entity
@Table(name = "escalation_policy")
public class EscalationPolicy {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Version public long version;

  public String name;

  @Column(name = "repeat_times")
  public int repeatTimes;

  @Column(name = "is_default")
  public boolean isDefault;

  /** The grades (GENERAL, SERIOUS, MAJOR) whose activation starts this policy. */
  @Column(name = "after_activation")
  public String[] afterActivation = new String[0];

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
