export interface TSummary {
  median: number;
  min: number;
  max: number;
}

/** Median, min and max of repeated measurements; these machines are noisy, so one run says little. */
export function summarise(values: readonly number[]): TSummary {
  if (values.length === 0) throw new Error("no values to summarise");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number };
}
