import { can, type Me } from "@/lib/me";

export const canReadSafeguards = (me: Me | undefined) => can(me, "safeguard:read");
/** Register or change a system, record a restore test. */
export const canWriteSafeguards = (me: Me | undefined) => can(me, "safeguard:write");
