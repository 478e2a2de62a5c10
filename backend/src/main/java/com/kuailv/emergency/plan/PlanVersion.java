package com.kuailv.emergency.plan;

import com.kuailv.emergency.plan.PlanApi.Status;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

/** One numbered version of the emergency plan, with its sections (kept as JSON) and workflow. */
@Entity
@Table(name = "plan_version")
public class PlanVersion {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  /** 1, 2, 3, … in the order drafts were started. */
  public int number;

  @Version public long version;

  @Enumerated(EnumType.STRING)
  public Status status;

  public String title;

  @Column(name = "change_summary")
  public String changeSummary;

  /** The sections as a JSON array of {heading, body}; Hibernate Reactive maps only JSON objects. */
  @Column(name = "sections")
  @ColumnTransformer(read = "cast(sections as text)", write = "cast(cast(? as text) as jsonb)")
  public String sectionsJson;

  @Column(name = "review_interval_days")
  public int reviewIntervalDays;

  @Column(name = "review_due")
  public boolean reviewDue;

  @Column(name = "author_subject")
  public String authorSubject;

  @Column(name = "author_name")
  public String authorName;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Column(name = "submitted_at")
  public Instant submittedAt;

  @Column(name = "approved_by_subject")
  public String approvedBySubject;

  @Column(name = "approved_by_name")
  public String approvedByName;

  @Column(name = "approved_at")
  public Instant approvedAt;

  @Column(name = "published_at")
  public Instant publishedAt;
}
