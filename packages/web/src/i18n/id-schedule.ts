/** Bahasa Indonesia for jadwal; spread into `id.ts`. */
export const idSchedule = {
  jadwal: {
    title: "Jadwal penyaluran",
  },
};
