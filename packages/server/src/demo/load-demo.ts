import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { hashPassword } from "../auth/password.ts";
import { queryRows, type TDatabase } from "../db/database.ts";
import { refreshStatistics } from "../db/refresh-statistics.ts";
import { DEMO_KECAMATAN, DEMO_PASSWORD, demoUsers, type TDemoUser } from "./demo-users.ts";
import { loadDemoAid } from "./load-demo-aid.ts";
import { loadDemoCaseload } from "./load-demo-caseload.ts";
import { loadDemoDistribution } from "./load-demo-distribution.ts";
import { loadDemoFamilies } from "./load-demo-families.ts";
import { loadDemoPrograms } from "./load-demo-programs.ts";
import { loadDemoReviews } from "./load-demo-reviews.ts";

export interface TDemoResult {
  created: boolean;
  members: number;
  users: { username: string; fullName: string; role: string; password: string }[];
}

/**
 * Loads the demonstration data set: Kecamatan Bandarkedungmulyo's staff and about 2,500 families
 * (programmes and distribution come later). Staff are set-based inserts with one audit row, families
 * go through the importer; loading it again changes nothing.
 */
export async function loadDemo(
  database: TDatabase,
  options: { adminPassword?: string | undefined } = {},
): Promise<TDemoResult> {
  const db = database.db;
  const desa = await queryRows<{ code: string; name: string }>(
    db,
    sql`SELECT code, name FROM wilayah WHERE parent_code = ${DEMO_KECAMATAN} ORDER BY code`,
  );
  if (desa.length === 0) throw new Error("wilayah must be loaded before the demo");
  const users = demoUsers(desa.map((d) => d.code)).map((u) => nameDesa(u, desa));
  const [already] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM system_setting WHERE key = 'demo'`,
  );
  const passwordFor = (u: TDemoUser) =>
    u.role === "admin" && options.adminPassword ? options.adminPassword : DEMO_PASSWORD;
  const listing = users.map((u) => ({
    username: u.username,
    fullName: u.fullName,
    role: u.role,
    password: passwordFor(u),
  }));
  if ((already?.n ?? 0) > 0) return { created: false, members: 0, users: listing };

  // One hash serves every demo account (they share a password); an admin password of its own gets its own.
  const demoHash = await hashPassword(DEMO_PASSWORD);
  const adminHash = options.adminPassword ? await hashPassword(options.adminPassword) : demoHash;
  await db.transaction(async (tx) => {
    const values = sql.join(
      users.map(
        (u) =>
          sql`(${u.username}, ${u.fullName}, ${u.role}, ${u.role === "admin" ? adminHash : demoHash}, TRUE)`,
      ),
      sql`, `,
    );
    await tx.execute(sql`INSERT INTO users (username, full_name, role, password_hash, is_demo) VALUES ${values}
                         ON CONFLICT (username) DO NOTHING`);
    const scopes = sql.join(
      users.flatMap((u) => u.scopes.map((code) => sql`(${u.username}, ${code})`)),
      sql`, `,
    );
    await tx.execute(sql`INSERT INTO user_scope (user_id, wilayah_code)
                         SELECT u.id, v.code FROM (VALUES ${scopes}) AS v(username, code)
                         JOIN users u ON u.username = v.username AND u.is_demo
                         ON CONFLICT DO NOTHING`);
    await tx.execute(
      sql`INSERT INTO system_setting (key, value) VALUES ('demo', ${JSON.stringify({ kecamatan: DEMO_KECAMATAN })}::jsonb)`,
    );
    await writeAudit(tx, {
      wilayahCode: DEMO_KECAMATAN,
      actorId: null,
      action: "demo.load",
      entityType: "system",
      entityId: "demo",
      data: { users: users.map((u) => u.username) },
    });
  });
  const families = await loadDemoFamilies(
    database,
    desa.map((d) => d.code),
  );
  await loadDemoReviews(db);
  await loadDemoPrograms(db);
  await loadDemoAid(db);
  await loadDemoCaseload(db);
  await refreshStatistics(database, [
    "keluarga",
    "anggota",
    "registry_event",
    "enrolment",
    "enrolment_transition",
    "bantuan_lain",
    "companion_desa",
    "companion_family",
    "usulan",
    "wilayah",
  ]);
  // After the statistics: distribution reads the enrolments and the registry just loaded.
  await loadDemoDistribution(database);
  // Marked last: a demo interrupted half-way is loaded again in full next time.
  await db.execute(
    sql`INSERT INTO system_setting (key, value) VALUES ('demo', ${JSON.stringify({ kecamatan: DEMO_KECAMATAN, members: families.members })}::jsonb)
        ON CONFLICT (key) DO NOTHING`,
  );
  return { created: true, members: families.members, users: listing };
}

function nameDesa(user: TDemoUser, desa: { code: string; name: string }[]): TDemoUser {
  if (user.role !== "psm") return user;
  const name = desa.find((d) => d.code === user.scopes[0])?.name;
  return name ? { ...user, fullName: `PSM Desa ${name} (Demo)` } : user;
}
