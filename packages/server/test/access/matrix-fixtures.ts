import type { TTestApp } from "../test-app.ts";
import type { TCase, TFixture } from "./matrix-types.ts";
import { MISSING_ID } from "./places.ts";

export const familyIdOf = (c: TCase, f: TFixture) => (c === "missing" ? MISSING_ID : f.families[c].id);

/** The ids of a list answer's items. */
export const itemIds = (body: unknown) => (body as { items: { id: string }[] }).items.map((i) => i.id);

/**
 * Data a module's rows need, made once per app under test when a row first asks for it. `known` gives
 * what was made, once it is, for the synchronous `listed` checks that run after a send.
 */
export function oncePerApp<T>(make: (f: TFixture) => Promise<T>) {
  const making = new WeakMap<TTestApp, Promise<T>>();
  const made = new WeakMap<TTestApp, T>();
  const get = (f: TFixture): Promise<T> => {
    let promise = making.get(f.app);
    if (!promise) {
      promise = make(f).then((value) => {
        made.set(f.app, value);
        return value;
      });
      making.set(f.app, promise);
    }
    return promise;
  };
  return Object.assign(get, { known: (f: TFixture) => made.get(f.app) });
}

/** Like `oncePerApp`, once per app and calling user (an e-Warong login sees only its own shop). */
export function oncePerAppAndUser<T>(make: (f: TFixture, userId: string) => Promise<T>) {
  const perUser = oncePerApp(async () => new Map<string, Promise<T>>());
  return async (f: TFixture, userId: string): Promise<T> => {
    const users = await perUser(f);
    let promise = users.get(userId);
    if (!promise) {
      promise = make(f, userId);
      users.set(userId, promise);
    }
    return promise;
  };
}
