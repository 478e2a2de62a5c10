import { can, type Me } from "@/lib/me";

export const canReadRoster = (me: Me | undefined) => can(me, "org:read-people");
export const canPlanShifts = (me: Me | undefined) => can(me, "roster:write");
export const canManageMembers = (me: Me | undefined) => can(me, "org:write");
