package com.kuailv.emergency.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A task activation creates for incidents of a category ({@code ANY} for every category). */
@Entity
@Table(name = "task_template")
public class TaskTemplate {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String category;

  @Enumerated(EnumType.STRING)
  public IncidentTask.Kind kind;

  @Enumerated(EnumType.STRING)
  public IncidentTask.Action action;

  public String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "owner_group")
  public ResponseGroup ownerGroup;

  public boolean critical;

  @Column(name = "due_minutes")
  public int dueMinutes;

  public int position;
}
