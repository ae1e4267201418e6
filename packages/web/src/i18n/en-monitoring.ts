/** English for monitoring6t; spread into `en.ts` (the same keys as `id-monitoring.ts`). */
export const enMonitoring = {
  monitoring6t: {
    title: "6T monitoring",
  },
};
