/** English for jadwal; spread into `en.ts` (the same keys as `id-schedule.ts`). */
export const enSchedule = {
  jadwal: {
    title: "Distribution schedule",
  },
};
