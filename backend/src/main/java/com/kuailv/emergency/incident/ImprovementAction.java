package com.kuailv.emergency.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A follow-up filed in the review, with an owner and a due date. */
@Entity
@Table(name = "improvement_action")
public class ImprovementAction {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "incident_id")
  public Long incidentId;

  public String title;

  @Column(name = "owner_name")
  public String ownerName;

  @Column(name = "due_date")
  public LocalDate dueDate;

  public String status;

  @Column(name = "created_at")
  public Instant createdAt;
}
