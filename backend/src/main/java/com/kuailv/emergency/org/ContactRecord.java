package com.kuailv.emergency.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's contact details for paging; empty strings where unknown. */
@Entity
@Table(name = "member_contact")
public class ContactRecord {
  @Id public String subject;

  public String phone;

  public String email;

  @Column(name = "wecom_id")
  public String wecomId;

  @Column(name = "dingtalk_id")
  public String dingtalkId;

  @Column(name = "feishu_id")
  public String feishuId;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
