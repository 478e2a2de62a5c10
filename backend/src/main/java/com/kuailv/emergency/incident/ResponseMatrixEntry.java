package com.kuailv.emergency.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one grade sets in motion: groups mobilized, acknowledgement and update targets. */
@Entity
@Table(name = "response_matrix")
public class ResponseMatrixEntry {
  /** Whether an external statement is needed at this grade. */
  @Schema(name = "ExternalStatement")
  public enum ExternalStatement {
    NO,
    IF_CUSTOMERS_AFFECTED,
    YES
  }

  @Id
  @Enumerated(EnumType.STRING)
  public Grade grade;

  @Column(name = "mobilized_groups")
  public String[] mobilizedGroups;

  @Column(name = "ack_minutes")
  public int ackMinutes;

  @Column(name = "update_minutes")
  public int updateMinutes;

  @Enumerated(EnumType.STRING)
  @Column(name = "external_statement")
  public ExternalStatement externalStatement;

  @Version public long version;
}
