import { randomBytes } from "node:crypto";
import { ZUserCreate } from "@kawal/core";
import { createUser } from "../auth/create-user.ts";
import type { TConfig } from "../config.ts";
import { systemActor } from "../scope/actor.ts";
import { ExitCode, type TOutput } from "./cli-output.ts";
import { openFromConfig } from "./open-from-env.ts";

export interface TUserCreateOptions {
  username: string;
  name: string;
  role: string;
  scope: string[];
  password?: string;
}

/** Creates a user as the operator of the installation (the CLI runs with the server's own rights). */
export async function userCreateCommand(
  config: TConfig,
  out: TOutput,
  options: TUserCreateOptions,
): Promise<number> {
  const password =
    options.password ?? process.env.KAWAL_NEW_PASSWORD ?? randomBytes(12).toString("base64url");
  const parsed = ZUserCreate.safeParse({
    username: options.username,
    fullName: options.name,
    role: options.role,
    password,
    scopes: options.scope,
  });
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((i) => ({ field: i.path.join("."), message: i.message }));
    out.result({ ok: false, errors: reasons }, reasons.map((r) => `${r.field}: ${r.message}`).join("\n"));
    return ExitCode.REJECTED;
  }
  const database = await openFromConfig(config, { forWork: true });
  try {
    const user = await createUser(database.db, systemActor, parsed.data);
    const generated = options.password === undefined && process.env.KAWAL_NEW_PASSWORD === undefined;
    out.result(
      { ok: true, user, ...(generated ? { password } : {}) },
      `Pengguna dibuat / user created: ${user.username} (${user.role})${generated ? `\n  kata sandi / password: ${password}` : ""}`,
    );
    return ExitCode.OK;
  } finally {
    await database.close();
  }
}
