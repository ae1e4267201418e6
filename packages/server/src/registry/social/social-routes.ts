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
import type { TDb } from "../../db/database.ts";
import { jsonRoutes } from "../../http/json-routes.ts";
import { ZIdParams } from "../../http/route-params.ts";
import { addSocialCategory } from "./add-social-category.ts";
import { getSocialEntry } from "./get-social-entry.ts";
import { listSocialCategories } from "./list-social-categories.ts";
import { listSocialRegister } from "./list-social-register.ts";
import { recordSocialEntry } from "./record-social-entry.ts";
import { summarizeSocialRegister } from "./summarize-social-register.ts";
import { updateSocialEntry } from "./update-social-entry.ts";

/** The PMKS and PSKS registers per kecamatan, and their dated categories. */
export function registerSocialRoutes(app: FastifyInstance, db: TDb): void {
  const route = jsonRoutes(app, { tags: ["social"] });

  route.get(
    "/api/social/categories",
    "social.read",
    { query: ZSocialCategoryQuery, answer: ZSocialCategoryList },
    ({ actor, query }) => listSocialCategories(db, actor, query),
  );

  route.post(
    "/api/social/categories",
    "social.categories",
    { body: ZSocialCategoryCreate, created: ZSocialCategory },
    ({ actor, body }) => addSocialCategory(db, actor, body),
  );

  route.get(
    "/api/social/register",
    "social.read",
    { query: ZSocialRegisterQuery, answer: ZSocialEntryPage },
    ({ actor, query }) => listSocialRegister(db, actor, query),
  );

  route.get(
    "/api/social/register/summary",
    "social.read",
    { query: ZSocialSummaryQuery, answer: ZSocialSummary },
    ({ actor, query }) => summarizeSocialRegister(db, actor, query),
  );

  route.get(
    "/api/social/register/:id",
    "social.read",
    { params: ZIdParams, answer: ZSocialEntry },
    ({ actor, params }) => getSocialEntry(db, actor, params.id),
  );

  route.post(
    "/api/social/register",
    "social.manage",
    { body: ZSocialEntryCreate, created: ZSocialEntry },
    ({ actor, body }) => recordSocialEntry(db, actor, body),
  );

  route.patch(
    "/api/social/register/:id",
    "social.manage",
    { params: ZIdParams, body: ZSocialEntryUpdate, answer: ZSocialEntry },
    ({ actor, params, body }) => updateSocialEntry(db, actor, params.id, body),
  );
}
