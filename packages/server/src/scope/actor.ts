import { rolePermissions, type TPermission, type TRole } from "@kawal/core";

/** Who is asking: resolved once per request from the session, passed to every use case. */
export interface TActor {
  userId: string;
  username: string;
  role: TRole;
  /** Region codes the actor may see; `ID` is the whole country; empty sees nothing. */
  scopes: string[];
  permissions: readonly TPermission[];
}

/** The actor for work the system does by itself (first start, demo loading, CLI as operator). */
export const systemActor: TActor = {
  userId: "00000000-0000-0000-0000-000000000000",
  username: "system",
  role: "admin",
  scopes: ["ID"],
  permissions: rolePermissions.admin,
};

/** The region an actor's own acts are filed under in the audit log: its one scope, or none when it has several. */
export const soleScopeOf = (actor: TActor): string | null =>
  actor.scopes.length === 1 ? (actor.scopes[0] ?? null) : null;
