package com.kuailv.emergency.common.db;

/** PostgreSQL's SQL state of a failure, however it reached us. */
public final class SqlStates {
  private SqlStates() {}

  /**
   * The SQL state of the first database error in the cause chain (e.g. 23505 for a unique index,
   * 40P01 for a deadlock), or null when no database error is in it. Through Hibernate Reactive the
   * cause is an SQLException; through the Vert.x client a PgException.
   */
  public static String of(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      String state =
          cause instanceof io.vertx.pgclient.PgException pg
              ? pg.getSqlState()
              : cause instanceof java.sql.SQLException sql ? sql.getSQLState() : null;
      if (state != null) {
        return state;
      }
    }
    return null;
  }
}
