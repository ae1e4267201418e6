/** One measured quantity of a scenario, with every run's value and, when there is one, its target. */
export interface TMeasurement {
  key: string;
  label: string;
  unit: "s" | "MB" | "x" | "ms" | "/s";
  values: number[];
  /** The value must stay below this. */
  target?: number;
}

export interface TScenarioResult {
  measurements: TMeasurement[];
  /** Parts that could not run here, each with the reason. */
  skipped: string[];
}

export interface TScenarioOptions {
  runs: number;
  members: number | undefined;
  families?: number | undefined;
  /** Progress for the person watching; results go to the table and the JSON file. */
  log(message: string): void;
}

export interface TScenario {
  name: string;
  description: string;
  run(options: TScenarioOptions): Promise<TScenarioResult>;
}

/** A measurement with no value yet; `target`, when given, is the value it must stay below. */
export function measurement(
  key: string,
  label: string,
  unit: TMeasurement["unit"],
  target?: number,
): TMeasurement {
  return { key, label, unit, values: [], ...(target === undefined ? {} : { target }) };
}
