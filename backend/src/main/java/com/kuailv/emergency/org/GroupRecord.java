package com.kuailv.emergency.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A response group of the plan (the command center, the technical team, ...); fixed by migrations.
 */
@Entity
@Table(name = "response_group")
public class GroupRecord {
  @Id public String code;

  @Column(name = "parent_code")
  public String parentCode;

  @Column(name = "name_zh")
  public String nameZh;

  @Column(name = "name_en")
  public String nameEn;

  public String[] duties;

  public int position;
}
