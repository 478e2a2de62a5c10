package com.kuailv.emergency.audit;

/**
 * A write the audit test performed: who made it and the audit entry it must leave ({@code entityId}
 * null when it cannot be known from outside).
 */
record AuditedWrite(
    String username, String action, String entityType, String entityId, Change change) {
  /** CREATE: the entry has the record after; UPDATE: before and after; REMOVE: before. */
  enum Change {
    CREATE,
    UPDATE,
    REMOVE
  }
}
