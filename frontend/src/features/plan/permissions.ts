import { hasAnyRole, type Me } from "@/lib/me";

/** Mirrors PlanResource's @RolesAllowed: the backend decides again on every call. */
export const PLAN_VERSION_READERS = ["commander", "tech", "business", "comms", "admin"];

/** Everyone signed in reads the published plan. */
export const canReadPlan = (me: Me | undefined) => !!me;
export const canReadPlanVersions = (me: Me | undefined) => hasAnyRole(me, ...PLAN_VERSION_READERS);
/** Draft, edit, submit and publish. */
export const canManagePlan = (me: Me | undefined) => hasAnyRole(me, "commander", "admin");
/** Approve or send back; the server also refuses the author of the version. */
export const canReviewPlan = (me: Me | undefined) => hasAnyRole(me, "commander");
