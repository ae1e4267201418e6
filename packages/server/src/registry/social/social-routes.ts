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
    {
      schema: {
        tags: ["social"],
        querystring: ZSocialCategoryQuery,
        response: { 200: ZSocialCategoryList },
      },
      config: { access: "social.read" },
    },
    async (request) => listSocialCategories(db, requireActor(request), request.query),
  );

  r.post(
    "/api/social/categories",
    {
      schema: { tags: ["social"], body: ZSocialCategoryCreate, response: { 201: ZSocialCategory } },
      config: { access: "social.categories" },
    },
    async (request, reply) =>
      reply.status(201).send(await addSocialCategory(db, requireActor(request), request.body)),
  );

  r.get(
    "/api/social/register",
    {
      schema: {
        tags: ["social"],
        querystring: ZSocialRegisterQuery,
        response: { 200: ZSocialEntryPage },
      },
      config: { access: "social.read" },
    },
    async (request) => listSocialRegister(db, requireActor(request), request.query),
  );

  r.get(
    "/api/social/register/summary",
    {
      schema: {
        tags: ["social"],
        querystring: ZSocialSummaryQuery,
        response: { 200: ZSocialSummary },
      },
      config: { access: "social.read" },
    },
    async (request) => summarizeSocialRegister(db, requireActor(request), request.query),
  );

  r.get(
    "/api/social/register/:id",
    {
      schema: { tags: ["social"], params: ZEntryId, response: { 200: ZSocialEntry } },
      config: { access: "social.read" },
    },
    async (request) => getSocialEntry(db, requireActor(request), request.params.id),
  );

  r.post(
    "/api/social/register",
    {
      schema: { tags: ["social"], body: ZSocialEntryCreate, response: { 201: ZSocialEntry } },
      config: { access: "social.manage" },
    },
    async (request, reply) =>
      reply.status(201).send(await recordSocialEntry(db, requireActor(request), request.body)),
  );

  r.patch(
    "/api/social/register/:id",
    {
      schema: {
        tags: ["social"],
        params: ZEntryId,
        body: ZSocialEntryUpdate,
        response: { 200: ZSocialEntry },
      },
      config: { access: "social.manage" },
    },
    async (request) => updateSocialEntry(db, requireActor(request), request.params.id, request.body),
  );
}
