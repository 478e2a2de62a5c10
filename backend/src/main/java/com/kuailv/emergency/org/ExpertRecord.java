package com.kuailv.emergency.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person in the expert directory, with their skills (1 to 20). */
@Entity
@Table(name = "expert")
public class ExpertRecord {
  @Id public String subject;

  public String[] skills;

  public String note;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
