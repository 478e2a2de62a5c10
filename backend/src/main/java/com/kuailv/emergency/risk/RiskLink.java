package com.kuailv.emergency.risk;

import com.kuailv.emergency.risk.RiskApi.LinkKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** What a risk is linked to: an incident, a drill, a runbook or a safeguard, with a note. */
@Entity
@Table(name = "risk_link")
@IdClass(RiskLink.Key.class)
public class RiskLink {
  @Id
  @Column(name = "risk_id")
  public long riskId;

  @Id
  @Enumerated(EnumType.STRING)
  public LinkKind kind;

  @Id
  @Column(name = "target_id")
  public long targetId;

  public String note;

  /** The link's identity: one link per risk, kind and target. */
  public static class Key implements Serializable {
    public long riskId;
    public LinkKind kind;
    public long targetId;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && riskId == key.riskId
          && kind == key.kind
          && targetId == key.targetId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(riskId, kind, targetId);
    }
  }
}
