import type { TClassCounts } from "@kawal/core";

/** Class counts with nothing in them yet, to add kabupaten or desa figures to. */
export const emptyClassCounts = (): TClassCounts => ({
  tersalur: 0,
  sebagian: 0,
  belum: 0,
  tidakTerdaftar: 0,
  nominalDaftar: 0,
  nominalRealisasi: 0,
});

/** Adds each figure of `more` to the same figure of `sum` (the figures `sum` has; `more` may hold others). */
export function addFigures<TSum extends Record<string, number>>(
  sum: TSum,
  more: { [K in keyof TSum]: number },
): void {
  for (const key of Object.keys(sum) as (keyof TSum)[]) {
    (sum[key] as number) += more[key];
  }
}
