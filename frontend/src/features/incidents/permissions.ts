import type { Me } from "@/lib/me";
import type { Incident } from "./api/get-incidents";

export type WarRoomAction =
  | "acknowledge"
  | "assess"
  | "grade"
  | "activate"
  | "regrade"
  | "mitigate"
  | "resolve"
  | "postmortem"
  | "review"
  | "cancel";

const ACTIVE = ["REPORTED", "ASSESSING", "RESPONDING", "VERIFYING"];

/** The lifecycle actions this person may take on this incident now (the backend decides again). */
export function allowedActions(incident: Incident, me: Me | undefined): WarRoomAction[] {
  const has = (...roles: string[]) => !!me && roles.some((role) => me.roles.includes(role));
  const is = (...statuses: string[]) => statuses.includes(incident.status);
  const rules: [WarRoomAction, boolean][] = [
    ["acknowledge", is("REPORTED") && has("commander", "tech")],
    ["assess", is("ASSESSING", "RESPONDING", "VERIFYING") && has("commander", "tech", "business")],
    ["grade", is("ASSESSING") && !!incident.proposedGrade && has("commander")],
    ["activate", is("ASSESSING") && !!incident.grade && has("commander")],
    ["regrade", is("RESPONDING", "VERIFYING") && has("commander")],
    ["mitigate", is("RESPONDING") && has("commander", "tech")],
    ["resolve", is("VERIFYING") && has("commander")],
    ["postmortem", is("RESOLVED") && has("commander", "tech")],
    ["review", is("RESOLVED") && has("commander")],
    ["cancel", ACTIVE.includes(incident.status) && has("commander")],
  ];
  return rules.filter(([, allowed]) => allowed).map(([action]) => action);
}

/** Whether this person may sign off a check or move a task of this group. */
export function actsFor(group: string, me: Me | undefined): boolean {
  const role: Record<string, string> = {
    COMMAND: "commander",
    TECHNICAL: "tech",
    BUSINESS: "business",
    PROCUREMENT: "procurement",
    WAREHOUSE: "warehouse",
    LOGISTICS: "logistics",
    SALES: "sales",
    COMMUNICATIONS: "comms",
  };
  return !!me && me.roles.includes(role[group]);
}
