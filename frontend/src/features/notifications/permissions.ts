import { can, type Me } from "@/lib/me";

/** The delivery log (commanders and admins). */
export const canReadDeliveries = (me: Me | undefined) => can(me, "notification:read");
/** Channels, test messages, re-sending dead letters. */
export const canManageNotifications = (me: Me | undefined) => can(me, "notification:admin");
/** Escalation policies: commanders, tech and admins read; admins change. */
export const canReadPolicies = (me: Me | undefined) => can(me, "escalation:read");
export const canWritePolicies = (me: Me | undefined) => can(me, "escalation:write");
