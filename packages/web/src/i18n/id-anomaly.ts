/** Bahasa Indonesia for anomali; spread into `id.ts`. */
export const idAnomaly = {
  anomali: {
    title: "Anomali penyaluran",
  },
};
