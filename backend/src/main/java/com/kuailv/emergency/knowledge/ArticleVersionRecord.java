package com.kuailv.emergency.knowledge;

import com.kuailv.emergency.knowledge.KnowledgeApi.Kind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.ColumnTransformer;

/** An article as it was at one version; written once, never changed. */
@Entity
@Table(name = "article_version")
@IdClass(ArticleVersionRecord.Key.class)
public class ArticleVersionRecord {
  @Id
  @Column(name = "article_id")
  public long articleId;

  @Id public long version;

  @Enumerated(EnumType.STRING)
  public Kind kind;

  public String title;

  public String summary;

  @Column(name = "risk_sub_types")
  public String[] riskSubTypes;

  @Column(name = "incident_categories")
  public String[] incidentCategories;

  @Column(name = "steps")
  @ColumnTransformer(read = "cast(steps as text)", write = "cast(cast(? as text) as jsonb)")
  public String stepsJson;

  @Column(name = "edited_at")
  public Instant editedAt;

  @Column(name = "edited_by")
  public String editedBy;

  /** The version's identity: article and version number. */
  public static class Key implements Serializable {
    public long articleId;
    public long version;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && articleId == key.articleId && version == key.version;
    }

    @Override
    public int hashCode() {
      return Objects.hash(articleId, version);
    }
  }
}
