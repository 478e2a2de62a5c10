import { hasAnyRole, type Me } from "@/lib/me";

/** Mirrors SafeguardResource's @RolesAllowed: the backend decides again on every call. */
export const canReadSafeguards = (me: Me | undefined) =>
  hasAnyRole(me, "commander", "tech", "business", "admin");
/** Register or change a system, record a restore test. */
export const canWriteSafeguards = (me: Me | undefined) => hasAnyRole(me, "tech", "admin");
