package com.kuailv.emergency.incident;

import com.kuailv.emergency.org.PersonService;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who holds an incident role (commander, tech lead, …) for one incident. */
@Entity
@Table(name = "incident_role_assignment")
@IdClass(RoleAssignment.Key.class)
public class RoleAssignment {
  /** The roles of an incident response. */
  @Schema(name = "IncidentRole")
  public enum IncidentRole {
    COMMANDER,
    TECH_LEAD,
    BUSINESS_LEAD,
    COMMS_LEAD,
    SCRIBE
  }

  @Id
  @Column(name = "incident_id")
  public Long incidentId;

  @Id
  @Enumerated(EnumType.STRING)
  public IncidentRole role;

  @Column(name = "person_subject")
  public String personSubject;

  @Column(name = "person_name")
  public String personName;

  @Column(name = "assigned_at")
  public Instant assignedAt;

  /** The person holding the role for the incident from {@code at}. */
  static RoleAssignment of(
      long incidentId, IncidentRole role, PersonService.Member person, Instant at) {
    RoleAssignment assignment = new RoleAssignment();
    assignment.incidentId = incidentId;
    assignment.role = role;
    assignment.personSubject = person.subject();
    assignment.personName = person.displayName();
    assignment.assignedAt = at;
    return assignment;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    public Long incidentId;
    public IncidentRole role;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(incidentId, key.incidentId)
          && role == key.role;
    }

    @Override
    public int hashCode() {
      return Objects.hash(incidentId, role);
    }
  }
}
