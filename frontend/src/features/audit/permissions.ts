import { can, type Me } from "@/lib/me";

export const canReadAudit = (me: Me | undefined) => can(me, "audit:read");
