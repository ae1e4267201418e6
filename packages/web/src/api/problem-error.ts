/** An RFC 9457 problem as the server sends it (`application/problem+json`). */
export interface TProblem {
  type?: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  fields?: { field: string; message: string }[];
}

/** The one error the API client throws: the server's problem, or one made up for a network failure. */
export class ProblemError extends Error {
  readonly problem: TProblem;

  constructor(problem: TProblem) {
    super(problem.detail ?? problem.title);
    this.name = "ProblemError";
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }
}

export function isProblemError(value: unknown): value is ProblemError {
  return value instanceof ProblemError;
}

function isProblem(value: unknown): value is TProblem {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.title === "string" && typeof candidate.code === "string";
}

/** Reads a failed response; a body that is not a problem (a proxy's HTML page) still yields one. */
export async function problemFromResponse(response: Response): Promise<ProblemError> {
  let body: unknown = null;
  if ((response.headers.get("content-type") ?? "").includes("json")) {
    body = await response.json().catch(() => null);
  }
  if (isProblem(body)) return new ProblemError({ ...body, status: body.status ?? response.status });
  // An empty title tells the UI to show its own translated message for this status.
  return new ProblemError({ title: "", status: response.status, code: "HTTP_ERROR" });
}

export const networkProblemCode = "NETWORK";
