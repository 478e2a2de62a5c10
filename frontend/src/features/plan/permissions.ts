import { can, type Me } from "@/lib/me";

export const canReadPlan = (me: Me | undefined) => can(me, "plan:read-published");
export const canReadPlanVersions = (me: Me | undefined) => can(me, "plan:read");
/** Draft, edit, submit and publish. */
export const canManagePlan = (me: Me | undefined) => can(me, "plan:edit");
/** Approve or send back; the server also refuses the author of the version. */
export const canReviewPlan = (me: Me | undefined) => can(me, "plan:approve");
