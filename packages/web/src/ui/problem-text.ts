import type { TFunction } from "i18next";
import { networkProblemCode, type TProblem } from "../api/problem-error.ts";

/** The headline of a problem: the server's own words when it sent some, else a translated fallback. */
export function problemTitle(problem: TProblem, t: TFunction): string {
  if (problem.title) return problem.title;
  if (problem.code === networkProblemCode) return t("errors.network");
  return t("errors.unexpected", { status: problem.status });
}
