import { can, type Me } from "@/lib/me";

export const canReadKnowledge = (me: Me | undefined) => can(me, "knowledge:read");
export const canWriteKnowledge = (me: Me | undefined) => can(me, "knowledge:write");
