/** Bahasa Indonesia for monitoring6t; spread into `id.ts`. */
export const idMonitoring = {
  monitoring6t: {
    title: "Monitoring 6T",
  },
};
