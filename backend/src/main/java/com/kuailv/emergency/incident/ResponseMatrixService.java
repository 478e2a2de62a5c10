package com.kuailv.emergency.incident;

import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.incident.MatrixApi.MatrixView;
import com.kuailv.emergency.incident.MatrixApi.UpdateMatrix;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The response matrix: what each grade mobilizes; admins edit it. */
@ApplicationScoped
public class ResponseMatrixService {
  private final ResponseMatrixRepository matrix;

  private final AuditService audit;

  ResponseMatrixService(ResponseMatrixRepository matrix, AuditService audit) {
    this.audit = audit;
    this.matrix = matrix;
  }

  @WithSession
  public Uni<List<MatrixView>> listMatrix() {
    return matrix
        .listAll()
        .map(
            entries ->
                entries.stream()
                    .sorted(Comparator.comparing(entry -> entry.grade))
                    .map(ResponseMatrixService::toView)
                    .toList());
  }

  @WithTransaction
  public Uni<MatrixView> updateEntry(Grade grade, long version, UpdateMatrix input, Actor actor) {
    MatrixView[] before = new MatrixView[1];
    return matrix
        .findById(grade)
        .onItem()
        .ifNull()
        .failWith(() -> ProblemException.notFound("Response matrix entry", grade))
        .map(
            entry -> {
              if (entry.version != version) {
                throw ProblemException.stale("response matrix entry");
              }
              before[0] = toView(entry);
              entry.mobilizedGroups =
                  input.mobilizedGroups().stream()
                      .distinct()
                      .map(Enum::name)
                      .toArray(String[]::new);
              entry.ackMinutes = input.ackMinutes();
              entry.updateMinutes = input.updateMinutes();
              entry.externalStatement = input.externalStatement();
              return entry;
            })
        .call(entry -> matrix.flush())
        .map(ResponseMatrixService::toView)
        .call(
            after ->
                audit.record(
                    actor, "response-matrix.updated", "response-matrix", grade, before[0], after));
  }

  static MatrixView toView(ResponseMatrixEntry entry) {
    return new MatrixView(
        entry.grade,
        Arrays.stream(entry.mobilizedGroups).map(ResponseGroup::valueOf).toList(),
        entry.ackMinutes,
        entry.updateMinutes,
        entry.externalStatement,
        entry.version);
  }
}
