import type { FastifyInstance, LightMyRequestResponse } from "fastify";

/** A file of a multipart form: its field, its name and its text. */
export interface TUploadFile {
  field: string;
  name: string;
  content: string;
}

/** A background job as `GET /api/jobs/:id` shows it. */
export interface TJobView {
  id: string;
  status: string;
  result: Record<string, unknown>;
}

/** A browser-like client over `inject`: keeps cookies and sends the CSRF token on writes. */
export class TestClient {
  private cookies = new Map<string, string>();
  private csrfToken: string | null = null;
  language = "id";

  constructor(private readonly app: FastifyInstance) {}

  /** A cookie this client holds (a test that plays an attacker reads one to plant it elsewhere). */
  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private remember(response: LightMyRequestResponse): void {
    for (const c of response.cookies) {
      // A CSRF token belongs to one session: when the session cookie changes (login, logout), the web app
      // fetches a new token, and so does this client on its next write.
      if (c.name === "kawal_session") this.csrfToken = null;
      if (c.value === "" || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  async csrf(): Promise<string> {
    const response = await this.request("GET", "/api/auth/csrf");
    this.csrfToken = (response.json() as { csrfToken: string }).csrfToken;
    return this.csrfToken;
  }

  async request(
    method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE",
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const write = method !== "GET";
    if (write && this.csrfToken === null) await this.csrf();
    const response = await this.app.inject({
      method,
      url,
      headers: {
        "accept-language": this.language,
        cookie: this.cookieHeader(),
        ...(write && this.csrfToken ? { "x-csrf-token": this.csrfToken } : {}),
        ...(body !== undefined && typeof body !== "string" ? { "content-type": "application/json" } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: typeof body === "string" ? body : JSON.stringify(body) }),
    });
    this.remember(response);
    return response;
  }

  get(url: string) {
    return this.request("GET", url);
  }
  post(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request("POST", url, body ?? {}, headers);
  }
  patch(url: string, body: unknown) {
    return this.request("PATCH", url, body);
  }

  /** A multipart/form-data POST with one file (or more) and some text fields, as a browser form sends it. */
  async upload(
    url: string,
    file: TUploadFile | TUploadFile[],
    fields: Record<string, string> = {},
    options: { fieldsAfterFile?: boolean } = {},
  ): Promise<LightMyRequestResponse> {
    if (this.csrfToken === null) await this.csrf();
    const boundary = `----kawal${Math.random().toString(16).slice(2)}`;
    const fieldParts = Object.entries(fields).map(
      ([name, value]) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    );
    const fileParts = (Array.isArray(file) ? file : [file]).map(
      (f) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.name}"\r\nContent-Type: text/csv\r\n\r\n${f.content}\r\n`,
    );
    const parts = [
      ...(options.fieldsAfterFile ? [...fileParts, ...fieldParts] : [...fieldParts, ...fileParts]),
      `--${boundary}--\r\n`,
    ];
    const response = await this.app.inject({
      method: "POST",
      url,
      headers: {
        "accept-language": this.language,
        cookie: this.cookieHeader(),
        "x-csrf-token": this.csrfToken ?? "",
        "content-type": `multipart/form-data; boundary=${boundary}`,
      },
      payload: parts.join(""),
    });
    this.remember(response);
    return response;
  }

  async login(username: string, password: string): Promise<LightMyRequestResponse> {
    const response = await this.post("/api/auth/login", { username, password });
    await this.csrf();
    return response;
  }

  /** A background job once it has left `queued` and `running` (polled for up to 20 s). */
  async finishedJob(jobId: string): Promise<TJobView> {
    for (let i = 0; i < 400; i++) {
      const job = (await this.get(`/api/jobs/${jobId}`)).json() as TJobView;
      if (job.status !== "queued" && job.status !== "running") return job;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`job ${jobId} did not finish`);
  }

  hasSessionCookie(): boolean {
    return this.cookies.has("kawal_session");
  }
}
