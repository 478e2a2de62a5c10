import type { Me } from "@/lib/me";
import { PERMISSIONS_OF_ROLE } from "@/lib/role-permissions";

/** A signed-in caller with these realm roles, holding what the server grants those roles. */
export function meWith(roles: string[], groups: string[] = []): Me {
  const permissions = [...new Set(roles.flatMap((role) => PERMISSIONS_OF_ROLE[role] ?? []))];
  return { subject: "s", username: "u", displayName: "d", roles, groups, permissions };
}
