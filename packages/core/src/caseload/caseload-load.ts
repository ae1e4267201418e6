/**
 * A companion's load against the norm: 1 is exactly the norm, above 1 is over it. A norm that is
 * missing or not positive gives no load (null) rather than a division by zero.
 */
export function caseloadLoad(count: number, norm: number | null | undefined): number | null {
  if (norm === null || norm === undefined || !Number.isFinite(norm) || norm <= 0) return null;
  if (!Number.isFinite(count) || count < 0) return null;
  return Math.round((count / norm) * 1000) / 1000;
}

export function isOverNorm(load: number | null): boolean {
  return load !== null && load > 1;
}

/** Handover progress: families told of their new companion out of all moved, 0–100. */
export function informedPercent(informed: number, total: number): number {
  if (total <= 0) return 100;
  return Math.floor((Math.min(Math.max(informed, 0), total) / total) * 100);
}
