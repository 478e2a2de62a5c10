package com.kuailv.emergency.alert;

import com.kuailv.emergency.incident.BusinessLine;
import com.kuailv.emergency.incident.Grade;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of an integration's ordered rules; the first whose matcher fits an alert decides. */
@Entity
@Table(name = "alert_rule")
public class RuleRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "integration_id")
  public long integrationId;

  /** 0, 1, 2, … in the order the rules are tried. */
  public int position;

  public String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "match_field")
  public Matcher.Field matchField;

  @Column(name = "match_label")
  public String matchLabel;

  @Column(name = "match_pattern")
  public String matchPattern;

  @Enumerated(EnumType.STRING)
  public AlertPolicy.Action action;

  public String category;

  @Column(name = "title_template")
  public String titleTemplate;

  @Column(name = "window_minutes")
  public int windowMinutes;

  @Enumerated(EnumType.STRING)
  @Column(name = "business_line")
  public BusinessLine businessLine;

  @Enumerated(EnumType.STRING)
  @Column(name = "proposed_grade")
  public Grade proposedGrade;
}
