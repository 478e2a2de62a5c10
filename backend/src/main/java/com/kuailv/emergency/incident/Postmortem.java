package com.kuailv.emergency.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The review of a resolved incident: cause, what went well and badly, lessons. */
@Entity
@Table(name = "postmortem")
public class Postmortem {
  @Id
  @Column(name = "incident_id")
  public Long incidentId;

  @Column(name = "cause_category")
  public String causeCategory;

  @Column(name = "cause_description")
  public String causeDescription;

  @Column(name = "went_well")
  public String wentWell;

  @Column(name = "went_badly")
  public String wentBadly;

  public String lessons;

  @Column(name = "written_subject")
  public String writtenSubject;

  @Column(name = "written_name")
  public String writtenName;

  @Column(name = "written_at")
  public Instant writtenAt;

  @Version public long version;
}
