package com.kuailv.emergency.safeguard;

import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.db.SqlStates;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.safeguard.SafeguardApi.ProtectedSystem;
import com.kuailv.emergency.safeguard.SafeguardApi.RestoreCheck;
import com.kuailv.emergency.safeguard.SafeguardApi.RestoreCheckInput;
import com.kuailv.emergency.safeguard.SafeguardApi.SystemInput;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Protected systems and their backup policies; a restore counts once it is verified, and a system
 * whose last passed restore is older than its policy is flagged. Every write is audited in its
 * transaction.
 */
@ApplicationScoped
public class SafeguardService {
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private final SystemRepository systems;
  private final RestoreCheckRepository checks;
  private final AuditService audit;
  private final Clock clock;

  SafeguardService(
      SystemRepository systems, RestoreCheckRepository checks, AuditService audit, Clock clock) {
    this.systems = systems;
    this.checks = checks;
    this.audit = audit;
    this.clock = clock;
  }

  /** Every system, overdue ones first. */
  @WithSession
  public Uni<List<ProtectedSystem>> list() {
    return systems.overdueFirst().map(found -> found.stream().map(SafeguardService::view).toList());
  }

  /** Whether protected system {@code id} exists (other features check references with it). */
  @WithSession
  public Uni<Boolean> exists(long id) {
    return systems.count("id", id).map(count -> count > 0);
  }

  @WithSession
  public Uni<ProtectedSystem> get(long id) {
    return systems.findById(id).map(system -> view(require(system, id)));
  }

  /** Registers a system, overdue until its first passed restore; 400 when the name is taken. */
  @WithTransaction
  public Uni<ProtectedSystem> create(SystemInput input, Actor actor) {
    Instant now = clock.instant();
    SystemRecord system = new SystemRecord();
    system.createdAt = now;
    apply(system, input, now);
    return requireFreeName(input.name(), 0)
        .chain(() -> systems.persistAndFlush(system))
        .onFailure(SafeguardService::duplicateName)
        .transform(e -> nameTaken(input.name()))
        .map(SafeguardService::view)
        .call(
            created ->
                audit.record(
                    actor, "safeguard.created", "protected-system", created.id(), null, created));
  }

  /** Changes the system read at {@code version}; 412 when someone changed it since. */
  @WithTransaction
  public Uni<ProtectedSystem> update(long id, long version, SystemInput input, Actor actor) {
    return systems
        .lock(id)
        .chain(
            system -> {
              require(system, id);
              if (system.version != version) {
                throw ProblemException.stale("protected system");
              }
              ProtectedSystem before = view(system);
              return requireFreeName(input.name(), id)
                  .chain(
                      () -> {
                        apply(system, input, clock.instant());
                        return systems.flush();
                      })
                  .onFailure(SafeguardService::duplicateName)
                  .transform(e -> nameTaken(input.name()))
                  .map(ignored -> view(system))
                  .call(
                      after ->
                          audit.record(
                              actor, "safeguard.updated", "protected-system", id, before, after));
            });
  }

  /** Records a restore test; a later passed test becomes the system's last verified restore. */
  @WithTransaction
  public Uni<RestoreCheck> recordRestore(long id, RestoreCheckInput input, Actor actor) {
    if (input.checkedOn().isAfter(today())) {
      throw ProblemException.invalid("checkedOn", "not-future");
    }
    Instant now = clock.instant();
    RestoreCheckRecord check = new RestoreCheckRecord();
    check.systemId = id;
    check.checkedOn = input.checkedOn();
    check.passed = input.passed();
    check.note = input.note() == null ? "" : input.note().strip();
    check.recordedBy = actor.displayName();
    check.recordedAt = now;
    return systems
        .lock(id)
        .chain(
            system -> {
              require(system, id);
              if (system.lastRestoreOn == null
                  || !system.lastRestoreOn.isAfter(input.checkedOn())) {
                system.lastRestoreOn = input.checkedOn();
                system.lastRestorePassed = input.passed();
                system.restoreOverdue = system.overdueOn(today());
                system.updatedAt = now;
              }
              return checks.persistAndFlush(check);
            })
        .map(SafeguardService::view)
        .call(
            view ->
                audit.record(
                    actor, "safeguard.restore-recorded", "protected-system", id, null, view));
  }

  /** The system's restore tests, latest first; 404 for an unknown system. */
  @WithSession
  public Uni<List<RestoreCheck>> restoreChecks(long id) {
    return get(id)
        .chain(
            ignored ->
                checks
                    .forSystem(id)
                    .map(found -> found.stream().map(SafeguardService::view).toList()));
  }

  /** Flags (and clears) systems without a passed restore within their policy; answers changes. */
  @WithTransaction
  public Uni<Integer> flagStaleRestores(LocalDate today) {
    return systems
        .markOverdue(today)
        .chain(
            marks ->
                audit.recordFlags(
                    marks,
                    "protected-system",
                    "restoreOverdue",
                    "safeguard.restore-overdue",
                    "safeguard.restore-current"));
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), BEIJING);
  }

  private void apply(SystemRecord system, SystemInput input, Instant now) {
    system.name = input.name().strip();
    system.description = input.description() == null ? "" : input.description().strip();
    system.backupEveryHours = input.backupEveryHours();
    system.retentionDays = input.retentionDays();
    system.offsiteCopy = input.offsiteCopy();
    system.redundancy = input.redundancy() == null ? "" : input.redundancy().strip();
    system.restoreCheckDays = input.restoreCheckDays();
    system.restoreOverdue = system.overdueOn(today());
    system.updatedAt = now;
  }

  private Uni<Void> requireFreeName(String name, long exceptId) {
    return systems
        .nameTaken(name.strip(), exceptId)
        .map(
            taken -> {
              if (taken) {
                throw nameTaken(name);
              }
              return null;
            });
  }

  private static boolean duplicateName(Throwable e) {
    return "23505".equals(SqlStates.of(e));
  }

  private static ProblemException nameTaken(String name) {
    return ProblemException.invalid("name", "name-taken", name.strip());
  }

  private static ProtectedSystem view(SystemRecord system) {
    return new ProtectedSystem(
        system.id,
        system.version,
        system.name,
        system.description,
        system.backupEveryHours,
        system.retentionDays,
        system.offsiteCopy,
        system.redundancy,
        system.restoreCheckDays,
        system.lastRestoreOn,
        system.lastRestorePassed,
        system.restoreOverdue,
        system.updatedAt);
  }

  private static RestoreCheck view(RestoreCheckRecord check) {
    return new RestoreCheck(
        check.id, check.checkedOn, check.passed, check.note, check.recordedBy, check.recordedAt);
  }

  private static SystemRecord require(SystemRecord system, long id) {
    if (system == null) {
      throw ProblemException.notFound("protected system", id);
    }
    return system;
  }
}
