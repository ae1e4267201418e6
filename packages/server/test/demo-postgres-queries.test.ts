import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../src/demo/load-demo.ts";
import { loadWilayah } from "../src/wilayah/load-wilayah.ts";
import { dbTargets } from "./db-targets.ts";

/**
 * node-postgres 8 queues a query sent while its connection still runs another and warns that version 9
 * will refuse it. Inside a transaction every query goes to one connection, so two queries started at once
 * (`Promise.all`) there end in that warning; loading the demo runs many use cases inside transactions.
 * Node prints a deprecation once per process, so the listener is set before anything runs here.
 */
const QUEUED_QUERY = "already executing a query";

describe.each(dbTargets.filter((target) => target.name === "postgres"))("the demo on $name", (target) => {
  const warnings: string[] = [];
  const record = (warning: Error) => {
    if (warning.message.includes(QUEUED_QUERY)) warnings.push(warning.message);
  };
  let drop: () => Promise<void>;

  beforeAll(async () => {
    process.on("warning", record);
    const opened = await target.open();
    drop = opened.drop;
    await loadWilayah(opened.database);
    await loadDemo(opened.database);
  }, 300_000);
  afterAll(async () => {
    process.off("warning", record);
    await drop?.();
  });

  it("loads without sending a query on a connection that is still running another", () => {
    expect(warnings).toEqual([]);
  });
});
