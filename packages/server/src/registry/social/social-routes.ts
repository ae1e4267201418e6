import {
  ZSocialCategory,
  ZSocialCategoryCreate,
  ZSocialCategoryList,
  ZSocialCategoryQuery,
  ZSocialEntry,
  ZSocialEntryCreate,
  ZSocialEntryPage,
  ZSocialEntryUpdate,
  ZSocialRegisterQuery,
  ZSocialSummary,
  ZSocialSummaryQuery,
} from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { TDb } from "../../db/database.ts";
import { requireActor } from "../../http/require-actor.ts";
import { routeOptions } from "../../http/route-options.ts";
import { addSocialCategory } from "./add-social-category.ts";
import { getSocialEntry } from "./get-social-entry.ts";
import { listSocialCategories } from "./list-social-categories.ts";
import { listSocialRegister } from "./list-social-register.ts";
import { recordSocialEntry } from "./record-social-entry.ts";
import { summarizeSocialRegister } from "./summarize-social-register.ts";
import { updateSocialEntry } from "./update-social-entry.ts";

const ZEntryId = z.strictObject({ id: z.string().max(64) });

/** The PMKS and PSKS registers per kecamatan, and their dated categories. */
export function registerSocialRoutes(app: FastifyInstance, db: TDb): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/social/categories",
    routeOptions("social.read", {
      tags: ["social"],
      querystring: ZSocialCategoryQuery,
      response: { 200: ZSocialCategoryList },
    }),
    async (request) => listSocialCategories(db, requireActor(request), request.query),
  );

  r.post(
    "/api/social/categories",
    routeOptions("social.categories", {
      tags: ["social"],
      body: ZSocialCategoryCreate,
      response: { 201: ZSocialCategory },
    }),
    async (request, reply) =>
      reply.status(201).send(await addSocialCategory(db, requireActor(request), request.body)),
  );

  r.get(
    "/api/social/register",
    routeOptions("social.read", {
      tags: ["social"],
      querystring: ZSocialRegisterQuery,
      response: { 200: ZSocialEntryPage },
    }),
    async (request) => listSocialRegister(db, requireActor(request), request.query),
  );

  r.get(
    "/api/social/register/summary",
    routeOptions("social.read", {
      tags: ["social"],
      querystring: ZSocialSummaryQuery,
      response: { 200: ZSocialSummary },
    }),
    async (request) => summarizeSocialRegister(db, requireActor(request), request.query),
  );

  r.get(
    "/api/social/register/:id",
    routeOptions("social.read", { tags: ["social"], params: ZEntryId, response: { 200: ZSocialEntry } }),
    async (request) => getSocialEntry(db, requireActor(request), request.params.id),
  );

  r.post(
    "/api/social/register",
    routeOptions("social.manage", {
      tags: ["social"],
      body: ZSocialEntryCreate,
      response: { 201: ZSocialEntry },
    }),
    async (request, reply) =>
      reply.status(201).send(await recordSocialEntry(db, requireActor(request), request.body)),
  );

  r.patch(
    "/api/social/register/:id",
    routeOptions("social.manage", {
      tags: ["social"],
      params: ZEntryId,
      body: ZSocialEntryUpdate,
      response: { 200: ZSocialEntry },
    }),
    async (request) => updateSocialEntry(db, requireActor(request), request.params.id, request.body),
  );
}
