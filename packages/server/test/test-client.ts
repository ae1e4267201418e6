import type { FastifyInstance, LightMyRequestResponse } from "fastify";

/** A browser-like client over `inject`: keeps cookies and sends the CSRF token on writes. */
export class TestClient {
  private cookies = new Map<string, string>();
  private csrfToken: string | null = null;
  language = "id";

  constructor(private readonly app: FastifyInstance) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private remember(response: LightMyRequestResponse): void {
    for (const c of response.cookies) {
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

  /** A multipart/form-data POST with one file and some text fields, as a browser form sends it. */
  async upload(
    url: string,
    file: { field: string; name: string; content: string },
    fields: Record<string, string> = {},
    options: { fieldsAfterFile?: boolean } = {},
  ): Promise<LightMyRequestResponse> {
    if (this.csrfToken === null) await this.csrf();
    const boundary = `----kawal${Math.random().toString(16).slice(2)}`;
    const fieldParts = Object.entries(fields).map(
      ([name, value]) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    );
    const filePart = `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n${file.content}\r\n`;
    const parts = [
      ...(options.fieldsAfterFile ? [filePart, ...fieldParts] : [...fieldParts, filePart]),
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

  hasSessionCookie(): boolean {
    return this.cookies.has("kawal_session");
  }
}
