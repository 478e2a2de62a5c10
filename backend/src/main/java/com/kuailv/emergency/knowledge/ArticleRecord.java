package com.kuailv.emergency.knowledge;

import com.kuailv.emergency.knowledge.KnowledgeApi.Kind;
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

/**
 * A runbook or fallback procedure. Its version counts edits from 1; each is kept as an {@link
 * ArticleVersionRecord}. {@code searchText} is title, summary and steps, for substring search.
 */
@Entity
@Table(name = "article")
public class ArticleRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Version public long version = 1;

  @Enumerated(EnumType.STRING)
  public Kind kind;

  public String title;

  public String summary;

  @Column(name = "risk_sub_types")
  public String[] riskSubTypes;

  @Column(name = "incident_categories")
  public String[] incidentCategories;

  /** The steps as a JSON array of {title, detail}; Hibernate Reactive maps only JSON objects. */
  @Column(name = "steps")
  @ColumnTransformer(read = "cast(steps as text)", write = "cast(cast(? as text) as jsonb)")
  public String stepsJson;

  @Column(name = "search_text")
  public String searchText;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Column(name = "updated_by")
  public String updatedBy;
}
