import type { idEnrolment } from "./id-enrolment.ts";

/** English for enrolments; spread into `en.ts`. */
export const enEnrolment: typeof idEnrolment = {
  enrolment: {
    title: "Enrolment",
  },
};
