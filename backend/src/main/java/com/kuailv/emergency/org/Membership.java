package com.kuailv.emergency.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A person's membership of a response group, as member or lead. */
@Entity
@Table(name = "group_member")
@IdClass(Membership.Key.class)
public class Membership {
  @Id
  @Column(name = "group_code")
  public String groupCode;

  @Id public String subject;

  public boolean lead;

  /** The membership's identity: group and person. */
  public static class Key implements Serializable {
    public String groupCode;
    public String subject;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(groupCode, key.groupCode)
          && Objects.equals(subject, key.subject);
    }

    @Override
    public int hashCode() {
      return Objects.hash(groupCode, subject);
    }
  }
}
