package com.kuailv.emergency.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One recovery check, signed off by its owning group before the incident can be resolved. */
@Entity
@Table(name = "verification_item")
public class VerificationItem {
  /** What is checked. */
  @Schema(name = "VerificationArea")
  public enum Area {
    ORDERS,
    INVENTORY,
    LOGISTICS,
    PAYMENTS,
    DATA_ACCURACY,
    CUSTOM
  }

  /** The check's result so far. */
  @Schema(name = "VerificationStatus")
  public enum Status {
    PENDING,
    PASSED,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "incident_id")
  public Long incidentId;

  @Enumerated(EnumType.STRING)
  public Area area;

  public String label;

  @Enumerated(EnumType.STRING)
  @Column(name = "owner_group")
  public ResponseGroup ownerGroup;

  @Enumerated(EnumType.STRING)
  public Status status;

  public String note;

  @Column(name = "signed_subject")
  public String signedSubject;

  @Column(name = "signed_name")
  public String signedName;

  @Column(name = "signed_at")
  public Instant signedAt;
}
