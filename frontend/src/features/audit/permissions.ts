import { hasAnyRole, type Me } from "@/lib/me";

/** Mirrors AuditResource's @RolesAllowed: the backend decides again on every call. */
export const canReadAudit = (me: Me | undefined) => hasAnyRole(me, "admin", "commander");
