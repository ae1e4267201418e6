import "i18next";
import type { TResources } from "./id.ts";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: TResources };
  }
}
