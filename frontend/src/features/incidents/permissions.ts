import { actsFor as actsForGroup, type Me } from "@/lib/me";
import type { Incident } from "./api/get-incidents";
import type { Task } from "./api/tasks";

export type WarRoomAction = NonNullable<Incident["allowedActions"]>[number]["action"];
export type OfferedAction = NonNullable<Incident["allowedActions"]>[number];

/**
 * The lifecycle actions the war room shows, as the server's state machine decides them for this
 * caller (`allowedActions` of the incident): those allowed now, and those the caller's role and
 * the status allow but a precondition still blocks (shown disabled, with the reason).
 */
export function offeredActions(incident: Incident): OfferedAction[] {
  return (incident.allowedActions ?? []).filter(
    (action) => action.allowed || action.refusal === "PRECONDITION",
  );
}

/** Whether this person acts for a task's or a check's group (their realm role's group). */
export function actsFor(group: string, me: Me | undefined): boolean {
  return actsForGroup(me, group);
}

/**
 * Whether this person may start or complete the task: it is not done, and they act for its group,
 * are the commander, or own it (the server decides again).
 */
export function mayMoveTask(task: Task, me: Me | undefined): boolean {
  return (
    task.status !== "DONE" &&
    (actsFor(task.ownerGroup, me) || actsFor("COMMAND", me) || task.owner?.subject === me?.subject)
  );
}
