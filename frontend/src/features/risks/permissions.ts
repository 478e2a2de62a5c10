import { hasAnyRole, type Me } from "@/lib/me";

/** Mirrors RiskResource's @RolesAllowed: the backend decides again on every call. */
export const RISK_READERS = [
  "commander",
  "tech",
  "business",
  "procurement",
  "warehouse",
  "logistics",
  "sales",
  "comms",
  "admin",
];
export const RISK_EDITORS = ["commander", "tech", "business", "admin"];

export const canReadRisks = (me: Me | undefined) => hasAnyRole(me, ...RISK_READERS);
export const canEditRisks = (me: Me | undefined) => hasAnyRole(me, ...RISK_EDITORS);
export const canEditBands = (me: Me | undefined) => hasAnyRole(me, "admin");
/** The audit log (AuditResource) is for admins and commanders. */
export const canSeeAudit = (me: Me | undefined) => hasAnyRole(me, "admin", "commander");
