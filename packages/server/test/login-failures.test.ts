import { describe, expect, it } from "vitest";
import { LoginFailures } from "../src/auth/login-failures.ts";

describe("failed-login limits", () => {
  const make = () => {
    let clock = 0;
    const failures = new LoginFailures({ perAccount: 3, perAddress: 5, windowMs: 60_000 }, () => clock);
    const passes = (address: string, username: string) => {
      try {
        failures.check(address, username);
        return true;
      } catch {
        return false;
      }
    };
    return { failures, passes, wait: (ms: number) => (clock += ms) };
  };

  it("holds back one account from one address after its failures, not other accounts", () => {
    const { failures, passes } = make();
    for (let i = 0; i < 3; i++) failures.failed("10.0.0.1", "budi");
    expect(passes("10.0.0.1", "budi")).toBe(false);
    expect(passes("10.0.0.2", "budi")).toBe(true);
    expect(passes("10.0.0.1", "sari")).toBe(true);
  });

  it("holds back an address that tries many usernames", () => {
    const { failures, passes } = make();
    for (const name of ["a", "b", "c", "d", "e"]) failures.failed("10.0.0.1", name);
    expect(passes("10.0.0.1", "baru")).toBe(false);
    expect(passes("10.0.0.9", "baru")).toBe(true);
  });

  it("forgets failures once the window has passed, and a success clears its account", () => {
    const { failures, passes, wait } = make();
    for (let i = 0; i < 3; i++) failures.failed("10.0.0.1", "budi");
    wait(60_001);
    expect(passes("10.0.0.1", "budi")).toBe(true);
    for (let i = 0; i < 2; i++) failures.failed("10.0.0.1", "sari");
    failures.succeeded("10.0.0.1", "sari");
    failures.failed("10.0.0.1", "sari");
    expect(passes("10.0.0.1", "sari")).toBe(true);
  });
});
