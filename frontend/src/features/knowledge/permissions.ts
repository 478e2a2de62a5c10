import { hasAnyRole, type Me } from "@/lib/me";

/** Mirrors KnowledgeResource's @RolesAllowed: the backend decides again on every call. */
export const KNOWLEDGE_READERS = [
  "commander",
  "tech",
  "business",
  "procurement",
  "warehouse",
  "logistics",
  "sales",
  "comms",
  "reporter",
  "admin",
];
export const KNOWLEDGE_WRITERS = ["commander", "tech", "business", "admin"];

export const canReadKnowledge = (me: Me | undefined) => hasAnyRole(me, ...KNOWLEDGE_READERS);
export const canWriteKnowledge = (me: Me | undefined) => hasAnyRole(me, ...KNOWLEDGE_WRITERS);
