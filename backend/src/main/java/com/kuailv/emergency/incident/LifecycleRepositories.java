package com.kuailv.emergency.incident;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Repositories of the lifecycle's smaller records. */
final class LifecycleRepositories {
  private LifecycleRepositories() {}

  @ApplicationScoped
  @WithSession
  static class AssessmentRepository implements PanacheRepositoryBase<Assessment, Long> {
    Uni<Assessment> latestFor(long incidentId) {
      return find("incidentId", Sort.descending("id"), incidentId).firstResult();
    }
  }

  @ApplicationScoped
  @WithSession
  static class GradingRuleRepository implements PanacheRepositoryBase<GradingRule, Long> {
    Uni<List<GradingRule>> ordered() {
      return listAll(Sort.ascending("position"));
    }
  }

  @ApplicationScoped
  @WithSession
  static class ResponseMatrixRepository
      implements PanacheRepositoryBase<ResponseMatrixEntry, Grade> {
    Uni<List<ResponseMatrixEntry>> ordered() {
      return listAll(Sort.ascending("grade"));
    }
  }

  @ApplicationScoped
  @WithSession
  static class TaskRepository implements PanacheRepositoryBase<IncidentTask, Long> {
    Uni<List<IncidentTask>> forIncident(long incidentId) {
      return list("incidentId", Sort.ascending("id"), incidentId);
    }

    Uni<Long> countOpenCritical(long incidentId) {
      return count(
          "incidentId = ?1 and critical = true and status <> ?2",
          incidentId,
          IncidentTask.Status.DONE);
    }
  }

  @ApplicationScoped
  @WithSession
  static class TaskTemplateRepository implements PanacheRepositoryBase<TaskTemplate, Long> {
    Uni<List<TaskTemplate>> forCategory(IncidentCategory category) {
      return list("category in ?1", Sort.ascending("position"), List.of("ANY", category.name()));
    }
  }

  @ApplicationScoped
  @WithSession
  static class VerificationRepository implements PanacheRepositoryBase<VerificationItem, Long> {
    Uni<List<VerificationItem>> forIncident(long incidentId) {
      return list("incidentId", Sort.ascending("id"), incidentId);
    }
  }

  @ApplicationScoped
  @WithSession
  static class RoleAssignmentRepository
      implements PanacheRepositoryBase<RoleAssignment, RoleAssignment.Key> {
    Uni<List<RoleAssignment>> forIncident(long incidentId) {
      return list("incidentId", Sort.ascending("role"), incidentId);
    }
  }

  @ApplicationScoped
  @WithSession
  static class PostmortemRepository implements PanacheRepositoryBase<Postmortem, Long> {}

  @ApplicationScoped
  @WithSession
  static class ImprovementActionRepository
      implements PanacheRepositoryBase<ImprovementAction, Long> {
    Uni<List<ImprovementAction>> forIncident(long incidentId) {
      return list("incidentId", Sort.ascending("id"), incidentId);
    }
  }
}
