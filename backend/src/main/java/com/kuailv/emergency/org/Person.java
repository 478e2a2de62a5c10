package com.kuailv.emergency.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person the platform knows, by Keycloak token subject, with the realm roles they held when last
 * seen.
 */
@Entity
@Table(name = "person")
public class Person {
  @Id public String subject;

  public String username;

  @Column(name = "display_name")
  public String displayName;

  public String[] roles;

  @Column(name = "first_seen_at")
  public Instant firstSeenAt;

  @Column(name = "last_seen_at")
  public Instant lastSeenAt;
}
