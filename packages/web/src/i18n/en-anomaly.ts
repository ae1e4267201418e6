/** English for anomali; spread into `en.ts` (the same keys as `id-anomaly.ts`). */
export const enAnomaly = {
  anomali: {
    title: "Distribution anomalies",
  },
};
