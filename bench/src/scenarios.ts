import { anomaliesScenario } from "./anomalies/anomalies-scenario.ts";
import { entitlementScenario } from "./entitlement/entitlement-scenario.ts";
import { overlapScenario } from "./overlap/overlap-scenario.ts";
import { pesertaScenario } from "./peserta/peserta-scenario.ts";
import { reconcileScenario } from "./reconcile/reconcile-scenario.ts";
import { registryScenario } from "./registry/registry-scenario.ts";
import type { TScenario } from "./scenario.ts";
import { searchScenario } from "./search/search-scenario.ts";
import { startupScenario } from "./startup/startup-scenario.ts";
import { transaksiScenario } from "./transaksi/transaksi-scenario.ts";

/** Every scenario `npm run bench` knows, in the order a full run takes them. */
export const scenarios: readonly TScenario[] = [
  startupScenario,
  registryScenario,
  searchScenario,
  entitlementScenario,
  overlapScenario,
  pesertaScenario,
  transaksiScenario,
  reconcileScenario,
  anomaliesScenario,
];
