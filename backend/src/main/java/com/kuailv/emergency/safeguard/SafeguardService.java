package com.kuailv.emergency.safeguard;

import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.error.ProblemType;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.safeguard.SafeguardApi.ProtectedSystem;
import com.kuailv.emergency.safeguard.SafeguardApi.RestoreCheck;
import com.kuailv.emergency.safeguard.SafeguardApi.RestoreCheckInput;
import com.kuailv.emergency.safeguard.SafeguardApi.SystemInput;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Protected systems and their backup policies; a restore counts once it is verified, and a system
 * whose last passed restore is older than its policy is flagged.
 */
@ApplicationScoped
public class SafeguardService {
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final String COLUMNS =
      "id, version, name, description, backup_every_hours, retention_days, offsite_copy,"
          + " redundancy, restore_check_days, last_restore_on, last_restore_passed,"
          + " restore_overdue, updated_at";
  private static final String OVERDUE =
      "(last_restore_on is null or not last_restore_passed"
          + " or last_restore_on + restore_check_days < $1::date)";

  private final Pool pool;
  private final AuditService audit;
  private final Clock clock;

  SafeguardService(Pool pool, AuditService audit, Clock clock) {
    this.pool = pool;
    this.audit = audit;
    this.clock = clock;
  }

  public Uni<List<ProtectedSystem>> list() {
    return pool.query(
            "select " + COLUMNS + " from protected_system order by restore_overdue desc, name")
        .execute()
        .map(SafeguardService::systems);
  }

  public Uni<ProtectedSystem> get(long id) {
    return pool.preparedQuery("select " + COLUMNS + " from protected_system where id = $1")
        .execute(Tuple.of(id))
        .map(rows -> system(require(rows, id)));
  }

  public Uni<ProtectedSystem> create(SystemInput input, Actor actor) {
    Tuple args = args(input);
    args.addValue(now());
    return pool.withTransaction(
        tx ->
            tx.preparedQuery(
                    "insert into protected_system (name, description, backup_every_hours,"
                        + " retention_days, offsite_copy, redundancy, restore_check_days,"
                        + " restore_overdue, created_at, updated_at) values ($1, $2, $3, $4, $5,"
                        + " $6, $7, true, $8, $8) returning "
                        + COLUMNS)
                .execute(args)
                .onFailure(SafeguardService::duplicateName)
                .transform(e -> nameTaken(input.name()))
                .map(rows -> system(rows.iterator().next()))
                .call(
                    created ->
                        audit.record(
                            tx,
                            actor,
                            "safeguard.created",
                            "protected-system",
                            created.id(),
                            null,
                            created)));
  }

  public Uni<ProtectedSystem> update(long id, long version, SystemInput input, Actor actor) {
    return pool.withTransaction(
        tx ->
            lock(tx, id)
                .chain(
                    before -> {
                      if (before.version() != version) {
                        throw new ProblemException(
                            ProblemType.PRECONDITION_FAILED,
                            "Someone changed this system after you read it; reload it and edit"
                                + " again.");
                      }
                      Tuple args = args(input);
                      args.addValue(now()).addValue(today()).addLong(id);
                      return tx.preparedQuery(
                              "update protected_system set name = $1, description = $2,"
                                  + " backup_every_hours = $3, retention_days = $4,"
                                  + " offsite_copy = $5, redundancy = $6,"
                                  + " restore_check_days = $7, updated_at = $8,"
                                  + " restore_overdue = "
                                  + OVERDUE.replace("$1", "$9")
                                  + ", version = version + 1 where id = $10 returning "
                                  + COLUMNS)
                          .execute(args)
                          .onFailure(SafeguardService::duplicateName)
                          .transform(e -> nameTaken(input.name()))
                          .map(rows -> system(rows.iterator().next()))
                          .call(
                              after ->
                                  audit.record(
                                      tx,
                                      actor,
                                      "safeguard.updated",
                                      "protected-system",
                                      id,
                                      before,
                                      after));
                    }));
  }

  /** Records a restore test; a later passed test becomes the system's last verified restore. */
  public Uni<RestoreCheck> recordRestore(long id, RestoreCheckInput input, Actor actor) {
    if (input.checkedOn().isAfter(today())) {
      throw ProblemException.invalidField("checkedOn", "cannot be in the future");
    }
    String note = input.note() == null ? "" : input.note().strip();
    return pool.withTransaction(
        tx ->
            lock(tx, id)
                .chain(
                    before ->
                        tx.preparedQuery(
                                "insert into restore_check (system_id, checked_on, passed, note,"
                                    + " recorded_by, recorded_at) values ($1, $2, $3, $4, $5, $6)"
                                    + " returning id, checked_on, passed, note, recorded_by,"
                                    + " recorded_at")
                            .execute(
                                Tuple.from(
                                    Arrays.asList(
                                        id,
                                        input.checkedOn(),
                                        input.passed(),
                                        note,
                                        actor.displayName(),
                                        now())))
                            .map(rows -> check(rows.iterator().next()))
                            .call(
                                check ->
                                    tx.preparedQuery(
                                            "update protected_system set last_restore_on = $2,"
                                                + " last_restore_passed = $3, updated_at = $4,"
                                                + " version = version + 1,"
                                                + " restore_overdue = "
                                                + OVERDUE
                                                    .replace("$1", "$5")
                                                    .replace("last_restore_on", "$2::date")
                                                    .replace("last_restore_passed", "$3")
                                                + " where id = $1 and (last_restore_on is null"
                                                + " or last_restore_on <= $2)")
                                        .execute(
                                            Tuple.from(
                                                Arrays.asList(
                                                    id,
                                                    input.checkedOn(),
                                                    input.passed(),
                                                    now(),
                                                    today()))))
                            .call(
                                check ->
                                    audit.record(
                                        tx,
                                        actor,
                                        "safeguard.restore-recorded",
                                        "protected-system",
                                        id,
                                        null,
                                        check))));
  }

  public Uni<List<RestoreCheck>> restoreChecks(long id) {
    return get(id)
        .chain(
            ignored ->
                pool.preparedQuery(
                        "select id, checked_on, passed, note, recorded_by, recorded_at"
                            + " from restore_check where system_id = $1"
                            + " order by checked_on desc, id desc")
                    .execute(Tuple.of(id)))
        .map(
            rows -> {
              List<RestoreCheck> checks = new ArrayList<>();
              rows.forEach(row -> checks.add(check(row)));
              return checks;
            });
  }

  /** Flags (and clears) systems without a passed restore within their policy; answers changes. */
  public Uni<Integer> flagStaleRestores(LocalDate today) {
    return pool.withTransaction(
        tx ->
            tx.preparedQuery(
                    "update protected_system set restore_overdue = "
                        + OVERDUE
                        + " where restore_overdue <> "
                        + OVERDUE
                        + " returning id, restore_overdue")
                .execute(Tuple.of(today))
                .chain(
                    rows -> {
                      Uni<Void> chain = Uni.createFrom().voidItem();
                      for (Row row : rows) {
                        long id = row.getLong(0);
                        boolean overdue = row.getBoolean(1);
                        chain =
                            chain.chain(
                                () ->
                                    audit.record(
                                        tx,
                                        AuditService.SYSTEM,
                                        overdue
                                            ? "safeguard.restore-overdue"
                                            : "safeguard.restore-current",
                                        "protected-system",
                                        id,
                                        null,
                                        Map.of("restoreOverdue", overdue)));
                      }
                      return chain.replaceWith(rows.rowCount());
                    }));
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), BEIJING);
  }

  private Uni<ProtectedSystem> lock(SqlConnection tx, long id) {
    return tx.preparedQuery("select " + COLUMNS + " from protected_system where id = $1 for update")
        .execute(Tuple.of(id))
        .map(rows -> system(require(rows, id)));
  }

  private static Tuple args(SystemInput input) {
    return Tuple.from(
        Arrays.asList(
            input.name().strip(),
            input.description() == null ? "" : input.description().strip(),
            input.backupEveryHours(),
            input.retentionDays(),
            input.offsiteCopy(),
            input.redundancy() == null ? "" : input.redundancy().strip(),
            input.restoreCheckDays()));
  }

  private static boolean duplicateName(Throwable e) {
    return e instanceof io.vertx.pgclient.PgException pg && "23505".equals(pg.getSqlState());
  }

  private static ProblemException nameTaken(String name) {
    return new ProblemException(
        ProblemType.VALIDATION,
        "A protected system named '" + name.strip() + "' already exists; pick another name.",
        List.of(
            new com.kuailv.emergency.common.error.Problem.FieldError("name", "already exists")));
  }

  private static List<ProtectedSystem> systems(RowSet<Row> rows) {
    List<ProtectedSystem> systems = new ArrayList<>();
    rows.forEach(row -> systems.add(system(row)));
    return systems;
  }

  private static ProtectedSystem system(Row row) {
    return new ProtectedSystem(
        row.getLong(0),
        row.getLong(1),
        row.getString(2),
        row.getString(3),
        row.getInteger(4),
        row.getInteger(5),
        row.getBoolean(6),
        row.getString(7),
        row.getInteger(8),
        row.getLocalDate(9),
        row.getBoolean(10),
        row.getBoolean(11),
        row.getOffsetDateTime(12).toInstant());
  }

  private static RestoreCheck check(Row row) {
    return new RestoreCheck(
        row.getLong(0),
        row.getLocalDate(1),
        row.getBoolean(2),
        row.getString(3),
        row.getString(4),
        row.getOffsetDateTime(5).toInstant());
  }

  private static Row require(RowSet<Row> rows, long id) {
    if (rows.size() == 0) {
      throw ProblemException.notFound("protected system", id);
    }
    return rows.iterator().next();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
