import autocannon from "autocannon";

export interface TLoadResult {
  p50: number;
  p95: number;
  requestsPerSecond: number;
  errors: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/**
 * `connections` concurrent clients POSTing JSON bodies drawn from `bodies` for `seconds`; latency
 * percentiles from every response (autocannon reports p97.5 but not p95).
 */
export async function postLoad(options: {
  url: string;
  headers: Record<string, string>;
  bodies: readonly string[];
  connections: number;
  seconds: number;
}): Promise<TLoadResult> {
  const times: number[] = [];
  let next = 0;
  let errors = 0;
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: options.url,
      connections: options.connections,
      duration: options.seconds,
      requests: [
        {
          method: "POST",
          headers: { "content-type": "application/json", ...options.headers },
          setupRequest: (request) => {
            next = (next + 1) % options.bodies.length;
            return { ...request, body: options.bodies[next] };
          },
        },
      ],
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    if (statusCode !== 200) errors += 1;
    times.push(responseTime);
  });
  const result = await done;
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    requestsPerSecond: result.requests.average,
    errors,
  };
}
