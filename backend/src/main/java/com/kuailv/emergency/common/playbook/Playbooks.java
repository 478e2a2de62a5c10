package com.kuailv.emergency.common.playbook;

import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * Known steps for a kind of fault: the knowledge base answers, incident activation asks. Lives in
 * common so that neither feature depends on the other's internals.
 */
public interface Playbooks {
  /** One step of a runbook (technical) or fallback procedure (business). */
  record PlaybookStep(
      long articleId, boolean technical, String articleTitle, String title, String detail) {}

  /** The steps of every article linked to this incident category, article by article. */
  Uni<List<PlaybookStep>> stepsFor(String incidentCategory);
}
