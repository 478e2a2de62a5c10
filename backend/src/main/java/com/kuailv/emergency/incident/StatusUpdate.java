package com.kuailv.emergency.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One structured internal update on an incident, as posted from the war room. */
@Entity
@Table(name = "incident_status_update")
public class StatusUpdate {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "incident_id")
  public Long incidentId;

  @Column(name = "current_state")
  public String currentState;

  public String impact;

  @Column(name = "next_steps")
  public String nextSteps;

  @Column(name = "next_update_at")
  public Instant nextUpdateAt;

  @Column(name = "author_subject")
  public String authorSubject;

  @Column(name = "author_name")
  public String authorName;

  @Column(name = "created_at")
  public Instant createdAt;
}
