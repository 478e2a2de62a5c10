package com.kuailv.emergency.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step: whom to page, then how long to wait for an acknowledgement. */
@Entity
@Table(name = "escalation_step")
public class EscalationStep {
  /** Who a step pages. */
  public enum Target {
    /** The group's on-duty person (roster), @-mentioned in the group's chat. */
    ON_DUTY,
    /** The group's chat, without paging anyone by name. */
    GROUP,
    /**
     * A named person, @-mentioned in the chat of the step's group (the command center's if none).
     */
    PERSON,
    /** The on-duty commander, in the command center's chat. */
    COMMANDER
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "policy_id")
  public Long policyId;

  public int position;

  @Column(name = "wait_minutes")
  public int waitMinutes;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_kind")
  public Target targetKind;

  @Column(name = "group_code")
  public String groupCode;

  @Column(name = "person_subject")
  public String personSubject;

  /** SMS and/or EMAIL: how the paged person is also reached directly, beside the chat. */
  @Column(name = "notify_by")
  public String[] notifyBy = new String[0];
}
