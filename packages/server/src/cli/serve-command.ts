import type { TConfig } from "../config.ts";
import { buildApp } from "../http/build-app.ts";
import { prepareDatabase } from "../start/first-start.ts";
import type { TOutput } from "./cli-output.ts";
import { openFromConfig } from "./open-from-env.ts";

export async function serveCommand(config: TConfig, out: TOutput): Promise<void> {
  const started = performance.now();
  const database = await openFromConfig(config);
  const prepared = await prepareDatabase(database, config);
  if (prepared.wilayahLoaded > 0) out.say(`Wilayah dimuat / regions loaded: ${prepared.wilayahLoaded}`);
  if (prepared.demo)
    out.say("Data DEMO dimuat (Kecamatan Bandarkedungmulyo, Kabupaten Jombang) / DEMO data loaded.");
  for (const login of prepared.logins)
    out.say(`  masuk / login: ${login.username} / ${login.password}  (${login.role})`);
  const app = await buildApp(database, config, { logger: !out.json });
  const shutdown = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  await app.listen({ port: config.port, host: config.host });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  out.result(
    {
      url: `http://localhost:${config.port}`,
      database: database.kind,
      startSeconds: Number(seconds),
      demo: prepared.demo,
    },
    `Kawal siap / ready: http://localhost:${config.port}  (${database.kind}, ${seconds} s)`,
  );
}
