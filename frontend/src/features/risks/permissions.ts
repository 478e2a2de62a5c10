import { can, type Me } from "@/lib/me";

export const canReadRisks = (me: Me | undefined) => can(me, "risk:read");
export const canEditRisks = (me: Me | undefined) => can(me, "risk:write");
export const canEditBands = (me: Me | undefined) => can(me, "risk:configure");
export const canSeeAudit = (me: Me | undefined) => can(me, "audit:read");
