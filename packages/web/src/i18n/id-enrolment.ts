/** Bahasa Indonesia for enrolments; spread into `id.ts`. */
export const idEnrolment = {
  enrolment: {
    title: "Kepesertaan",
  },
};
