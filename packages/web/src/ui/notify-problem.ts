import { notifications } from "@mantine/notifications";
import type { TFunction } from "i18next";
import { isProblemError } from "../api/problem-error.ts";
import { problemTitle } from "./problem-text.ts";

/** For failures with no form to show them in (row actions, logout): a red notification. */
export function notifyProblem(error: unknown, t: TFunction): void {
  if (!isProblemError(error)) {
    notifications.show({ color: "red", message: error instanceof Error ? error.message : String(error) });
    return;
  }
  const { problem } = error;
  const fieldText = (problem.fields ?? []).map((f) => `${f.field}: ${f.message}`).join("; ");
  const message = [problem.detail, fieldText].filter(Boolean).join(" — ");
  notifications.show({
    color: "red",
    title: problemTitle(problem, t),
    message: message || problemTitle(problem, t),
  });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: "green", message });
}
