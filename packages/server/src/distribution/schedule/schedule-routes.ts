import {
  ZScheduleAgentList,
  ZScheduleAgentsQuery,
  ZScheduleCreate,
  ZScheduleDetail,
  ZScheduleList,
  ZScheduleListQuery,
} from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { TDatabase } from "../../db/database.ts";
import { requireActor } from "../../http/require-actor.ts";
import { fileAnswer, ZNoContent } from "../../http/route-answers.ts";
import type { TBlobStore } from "../../storage/blob-store.ts";
import { createSchedule } from "./create-schedule.ts";
import { deleteSchedule } from "./delete-schedule.ts";
import { getSchedule } from "./get-schedule.ts";
import { listScheduleAgents } from "./list-schedule-agents.ts";
import { listSchedules } from "./list-schedules.ts";
import { writeSchedulePdf } from "./write-schedule-pdf.ts";

const tags = ["distribution"];
const params = z.strictObject({ id: z.string().max(64) });

/** The monthly distribution schedule per agent, built by the TKSK and seen by the agent and the desa. */
export function registerScheduleRoutes(app: FastifyInstance, database: TDatabase, _blobs: TBlobStore): void {
  const db = database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/distribution/schedules",
    {
      schema: { tags, querystring: ZScheduleListQuery, response: { 200: ZScheduleList } },
      config: { access: "schedule.read" },
    },
    async (request) => listSchedules(db, requireActor(request), request.query),
  );

  r.get(
    "/api/distribution/schedules/agents",
    {
      schema: { tags, querystring: ZScheduleAgentsQuery, response: { 200: ZScheduleAgentList } },
      config: { access: "schedule.read" },
    },
    async (request) => listScheduleAgents(db, requireActor(request), request.query),
  );

  r.post(
    "/api/distribution/schedules",
    {
      schema: { tags, body: ZScheduleCreate, response: { 201: ZScheduleDetail } },
      config: { access: "schedule.manage" },
    },
    async (request, reply) =>
      reply.status(201).send(await createSchedule(db, requireActor(request), request.body)),
  );

  r.get(
    "/api/distribution/schedules/:id",
    { schema: { tags, params, response: { 200: ZScheduleDetail } }, config: { access: "schedule.read" } },
    async (request) => getSchedule(db, requireActor(request), request.params.id),
  );

  r.delete(
    "/api/distribution/schedules/:id",
    {
      schema: { tags, params, response: { 204: ZNoContent } },
      config: { access: "schedule.manage" },
    },
    async (request, reply) => {
      await deleteSchedule(db, requireActor(request), request.params.id);
      return reply.status(204).send();
    },
  );

  r.get(
    "/api/distribution/schedules/:id/pdf",
    { schema: { tags, params, ...fileAnswer("application/pdf") }, config: { access: "schedule.read" } },
    async (request, reply) => {
      const pdf = await writeSchedulePdf(db, requireActor(request), request.params.id);
      return reply
        .type("application/pdf")
        .header("content-disposition", `inline; filename="${pdf.fileName}"`)
        .header("cache-control", "no-store")
        .send(pdf.stream);
    },
  );
}
