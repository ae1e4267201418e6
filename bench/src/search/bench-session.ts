/** Logs in over HTTP as a browser would: CSRF token first, then the session cookie. */
export async function loginSession(
  base: string,
  username: string,
  password: string,
): Promise<{ cookie: string; csrfToken: string }> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, value] = (pair ?? "").split("=");
      if (name && value !== undefined) jar.set(name.trim(), value);
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  let { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const login = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-csrf-token": csrfToken, cookie: cookie() },
    body: JSON.stringify({ username, password }),
  });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  keep(login);
  const fresh = await fetch(`${base}/api/auth/csrf`, { headers: { cookie: cookie() } });
  keep(fresh);
  ({ csrfToken } = (await fresh.json()) as { csrfToken: string });
  return { cookie: cookie(), csrfToken };
}
