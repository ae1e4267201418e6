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
import { routeOptions } from "../../http/route-options.ts";
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
    routeOptions("schedule.read", {
      tags,
      querystring: ZScheduleListQuery,
      response: { 200: ZScheduleList },
    }),
    async (request) => listSchedules(db, requireActor(request), request.query),
  );

  r.get(
    "/api/distribution/schedules/agents",
    routeOptions("schedule.read", {
      tags,
      querystring: ZScheduleAgentsQuery,
      response: { 200: ZScheduleAgentList },
    }),
    async (request) => listScheduleAgents(db, requireActor(request), request.query),
  );

  r.post(
    "/api/distribution/schedules",
    routeOptions("schedule.manage", { tags, body: ZScheduleCreate, response: { 201: ZScheduleDetail } }),
    async (request, reply) =>
      reply.status(201).send(await createSchedule(db, requireActor(request), request.body)),
  );

  r.get(
    "/api/distribution/schedules/:id",
    routeOptions("schedule.read", { tags, params, response: { 200: ZScheduleDetail } }),
    async (request) => getSchedule(db, requireActor(request), request.params.id),
  );

  r.delete(
    "/api/distribution/schedules/:id",
    routeOptions("schedule.manage", { tags, params, response: { 204: ZNoContent } }),
    async (request, reply) => {
      await deleteSchedule(db, requireActor(request), request.params.id);
      return reply.status(204).send();
    },
  );

  r.get(
    "/api/distribution/schedules/:id/pdf",
    routeOptions("schedule.read", { tags, params, ...fileAnswer("application/pdf") }),
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
