/** Bahasa Indonesia for non-government aid and the overlap view; spread into `id.ts`. */
export const idAid = {
  aid: {
    title: "Bantuan lain",
  },
};
