import {
  ZScheduleAgentList,
  ZScheduleAgentsQuery,
  ZScheduleCreate,
  ZScheduleDetail,
  ZScheduleList,
  ZScheduleListQuery,
} from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { TDatabase } from "../../db/database.ts";
import { jsonRoutes } from "../../http/json-routes.ts";
import { sendPdf } from "../../http/route-answers.ts";
import { ZIdParams } from "../../http/route-params.ts";
import type { TBlobStore } from "../../storage/blob-store.ts";
import { createSchedule } from "./create-schedule.ts";
import { deleteSchedule } from "./delete-schedule.ts";
import { getSchedule } from "./get-schedule.ts";
import { listScheduleAgents } from "./list-schedule-agents.ts";
import { listSchedules } from "./list-schedules.ts";
import { writeSchedulePdf } from "./write-schedule-pdf.ts";

/** The monthly distribution schedule per agent, built by the TKSK and seen by the agent and the desa. */
export function registerScheduleRoutes(app: FastifyInstance, database: TDatabase, _blobs: TBlobStore): void {
  const db = database.db;
  const route = jsonRoutes(app, { tags: ["distribution"] });

  route.get(
    "/api/distribution/schedules",
    "schedule.read",
    { query: ZScheduleListQuery, answer: ZScheduleList },
    ({ actor, query }) => listSchedules(db, actor, query),
  );

  route.get(
    "/api/distribution/schedules/agents",
    "schedule.read",
    { query: ZScheduleAgentsQuery, answer: ZScheduleAgentList },
    ({ actor, query }) => listScheduleAgents(db, actor, query),
  );

  route.post(
    "/api/distribution/schedules",
    "schedule.manage",
    { body: ZScheduleCreate, created: ZScheduleDetail },
    ({ actor, body }) => createSchedule(db, actor, body),
  );

  route.get(
    "/api/distribution/schedules/:id",
    "schedule.read",
    { params: ZIdParams, answer: ZScheduleDetail },
    ({ actor, params }) => getSchedule(db, actor, params.id),
  );

  route.delete(
    "/api/distribution/schedules/:id",
    "schedule.manage",
    { params: ZIdParams, noContent: true },
    ({ actor, params }) => deleteSchedule(db, actor, params.id),
  );

  route.get(
    "/api/distribution/schedules/:id/pdf",
    "schedule.read",
    { params: ZIdParams, file: ["application/pdf"] },
    async ({ actor, params, reply }) => sendPdf(reply, await writeSchedulePdf(db, actor, params.id)),
  );
}
