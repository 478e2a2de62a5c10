package com.kuailv.emergency.incident;

import com.kuailv.emergency.incident.IncidentActions.Facts;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads what the state machine's preconditions look at, in the caller's session: the labels of
 * verification items not yet passed, the count of open critical tasks, and whether a postmortem
 * exists. The incident view and the lifecycle read the same facts, so they refuse alike.
 */
@ApplicationScoped
class ActionFacts {
  private final VerificationRepository checks;
  private final TaskRepository tasks;
  private final PostmortemRepository postmortems;

  ActionFacts(
      VerificationRepository checks, TaskRepository tasks, PostmortemRepository postmortems) {
    this.checks = checks;
    this.tasks = tasks;
    this.postmortems = postmortems;
  }

  Uni<Facts> of(long incidentId) {
    return checks
        .forIncident(incidentId)
        .map(
            items ->
                items.stream()
                    .filter(item -> item.status != VerificationItem.Status.PASSED)
                    .map(item -> item.label)
                    .toList())
        .chain(
            unpassed ->
                tasks
                    .countOpenCritical(incidentId)
                    .chain(
                        open ->
                            postmortems
                                .findById(incidentId)
                                .map(postmortem -> new Facts(unpassed, open, postmortem != null))));
  }
}
