import { z } from "zod";
import { schemaMessage } from "../i18n/schema-message.ts";
import { pageOf } from "../views/collections.ts";
import { wilayahLevels, ZWilayahCode } from "../wilayah/wilayah-code.ts";
import { ZRole } from "./roles.ts";

/** Usernames are short, lowercase, and safe to show in logs. */
export const ZUsername = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,40}$/, "3–40 huruf kecil, angka, titik, garis bawah atau tanda hubung");

/** At least 10 characters: long enough to resist guessing, short enough for a phone keyboard. */
export const ZPassword = z
  .string()
  .min(10, schemaMessage({ id: "minimal 10 karakter", en: "at least 10 characters" }))
  .max(200);

export const ZLoginInput = z.strictObject({
  username: ZUsername,
  password: z.string().min(1).max(200),
});
export type TLoginInput = z.infer<typeof ZLoginInput>;

export const ZScopeView = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum([...wilayahLevels, "nasional"]),
});
export type TScopeView = z.infer<typeof ZScopeView>;

/** Who a user is and where they work: what every answer about a user starts with. */
const ZUserIdentity = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  role: ZRole,
  scopes: z.array(ZScopeView),
});

/** The logged-in user as the web app sees it. */
export const ZMe = ZUserIdentity.extend({
  permissions: z.array(z.string()),
  menu: z.array(z.string()),
});
export type TMe = z.infer<typeof ZMe>;

export const ZUserView = ZUserIdentity.extend({
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type TUserView = z.infer<typeof ZUserView>;

/** A page of users; `nextCursor` continues the list, null on the last page. */
export const ZUserPage = pageOf(ZUserView);
export type TUserPage = z.infer<typeof ZUserPage>;

/** A scope is a list of region codes; `[]` is allowed only for a national administrator. */
export const ZScopeCodes = z.array(ZWilayahCode).max(50);

export const ZUserCreate = z.strictObject({
  username: ZUsername,
  fullName: z.string().trim().min(2).max(120),
  role: ZRole,
  password: ZPassword,
  scopes: ZScopeCodes.min(
    1,
    schemaMessage({ id: "pilih minimal satu wilayah", en: "choose at least one area" }),
  ),
});
export type TUserCreate = z.infer<typeof ZUserCreate>;

export const ZUserUpdate = z.strictObject({
  fullName: z.string().trim().min(2).max(120).optional(),
  role: ZRole.optional(),
  scopes: ZScopeCodes.min(1).optional(),
  password: ZPassword.optional(),
  disabled: z.boolean().optional(),
});
export type TUserUpdate = z.infer<typeof ZUserUpdate>;
