import { randomBytes } from "node:crypto";

/**
 * A newborn is registered before Dukcapil issues its NIK, but a member's key is its NIK. Such a member
 * gets a provisional number instead: 16 characters like a NIK (lists line up, masking works), starting
 * with letters so it can never equal a real NIK nor be found by a number search.
 */
const PREFIX = "LAHIR";
const provisionalPattern = /^LAHIR[0-9A-F]{11}$/;

export function newProvisionalNik(): string {
  return `${PREFIX}${randomBytes(6).toString("hex").slice(0, 11).toUpperCase()}`;
}

export function isProvisionalNik(value: string): boolean {
  return provisionalPattern.test(value);
}
