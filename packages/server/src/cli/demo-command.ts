import type { TConfig } from "../config.ts";
import { loadDemo } from "../demo/load-demo.ts";
import type { TOutput } from "./cli-output.ts";
import { openFromConfig } from "./open-from-env.ts";

export async function demoCommand(config: TConfig, out: TOutput): Promise<void> {
  const database = await openFromConfig(config, { forWork: true });
  try {
    const demo = await loadDemo(database, { adminPassword: config.adminPassword });
    const lines = demo.users.map((u) => `  ${u.username.padEnd(8)} ${u.password}  ${u.fullName}`);
    out.result(
      { created: demo.created, members: demo.members, users: demo.users },
      `${demo.created ? "Data demo dimuat / demo loaded" : "Data demo sudah ada / demo already loaded"}\n${lines.join("\n")}`,
    );
  } finally {
    await database.close();
  }
}
