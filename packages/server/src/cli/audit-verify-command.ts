import { verifyAudit } from "../audit/verify-audit.ts";
import type { TConfig } from "../config.ts";
import { ExitCode, type TOutput } from "./cli-output.ts";
import { openFromConfig } from "./open-from-env.ts";

export async function auditVerifyCommand(config: TConfig, out: TOutput): Promise<number> {
  const database = await openFromConfig(config);
  try {
    const result = await verifyAudit(database.db);
    if (result.ok) {
      out.result(
        { ...result },
        `Log audit utuh / audit log intact: ${result.rows} baris/rows, ${result.chains} rantai/chains`,
      );
      return ExitCode.OK;
    }
    const b = result.broken;
    out.result(
      { ...result },
      `Log audit RUSAK / audit log BROKEN at kab_code=${b?.kabCode} seq=${b?.seq} (${b?.reason}); ${result.rows} baris/rows sebelumnya utuh / intact before it`,
    );
    return ExitCode.REJECTED;
  } finally {
    await database.close();
  }
}
