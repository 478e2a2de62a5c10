import { hasAnyRole, type Me } from "@/lib/me";

/** Mirrors OrgResource and RosterResource: the backend decides again on every call. */
const STAFF_EXCEPT_REPORTER = [
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

export const canReadRoster = (me: Me | undefined) => hasAnyRole(me, ...STAFF_EXCEPT_REPORTER);
export const canPlanShifts = (me: Me | undefined) => hasAnyRole(me, "commander", "admin");
export const canManageMembers = (me: Me | undefined) => hasAnyRole(me, "admin");
