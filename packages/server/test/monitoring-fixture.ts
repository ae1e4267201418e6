import { aspects6T, type TAspect6T } from "@kawal/core";
import type { TTestApp } from "./test-app.ts";

/** Six aspects, all met except those given as findings (with a follow-up when one is named). */
export function aspects(
  findings: Partial<Record<TAspect6T, { temuan?: string; tindakLanjut?: string }>> = {},
): { aspek: TAspect6T; sesuai: boolean; temuan?: string; tindakLanjut?: string }[] {
  return aspects6T.map((aspek) => {
    const finding = findings[aspek];
    return finding ? { aspek, sesuai: false, ...finding } : { aspek, sesuai: true };
  });
}

export function checklist(
  idAgen: string,
  periode: string,
  findings: Parameters<typeof aspects>[0] = {},
  tanggal = `${periode}-20`,
) {
  return { program: "SEMBAKO", periode, idAgen, tanggal, aspek: aspects(findings) };
}

/** The smallest JPEG header the photo check accepts, then some bytes: a stand-in for a camera photo. */
export const JPEG_BYTES = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]),
  Buffer.alloc(256, 0x7f),
  Buffer.from([0xff, 0xd9]),
]);

/** A multipart body with one binary file, as a phone's browser sends the camera photo. */
export function multipartPhoto(name: string, content: Buffer, type = "image/jpeg") {
  const boundary = `----kawal${Math.random().toString(16).slice(2)}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="foto"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

/**
 * A logged-in session for requests the test client cannot send (a binary body): its cookies and CSRF
 * token, obtained the way a browser does.
 */
export async function rawSession(t: TTestApp, username: string, password: string) {
  const cookies = new Map<string, string>();
  const keep = (response: { cookies: { name: string; value: string }[] }) => {
    for (const c of response.cookies) cookies.set(c.name, c.value);
  };
  const cookie = () => [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/auth/csrf",
      headers: { cookie: cookie() },
    });
    keep(response);
    return (response.json() as { csrfToken: string }).csrfToken;
  };
  const loginToken = await csrf();
  keep(
    await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { cookie: cookie(), "x-csrf-token": loginToken, "content-type": "application/json" },
      payload: JSON.stringify({ username, password }),
    }),
  );
  const token = await csrf();
  return {
    upload: (url: string, photo: { body: Buffer; contentType: string }) =>
      t.app.inject({
        method: "POST",
        url,
        headers: { cookie: cookie(), "x-csrf-token": token, "content-type": photo.contentType },
        payload: photo.body,
      }),
  };
}
