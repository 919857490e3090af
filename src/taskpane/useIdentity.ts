// Who uses the pane, as the user said once (no sign-in, no network): a KAM's name as the account
// sheets give it in the owner column, or the manager, who sees every account. Remembered on this
// device (the browser's local storage of the add-in's origin), never in the shared workbook.

import { useCallback, useState } from "react";

export type Identity = { kind: "kam"; name: string } | { kind: "manager" };

/** What the pane needs of a key/value store on the device (localStorage, or a test's map). */
export type DeviceStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const KEY = "kam-planner.identity";

function parse(text: string | null): Identity | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return null;
    const kind: unknown = Reflect.get(value, "kind");
    const name: unknown = Reflect.get(value, "name");
    if (kind === "manager") return { kind };
    if (kind === "kam" && typeof name === "string" && name.trim() !== "") return { kind, name };
    return null;
  } catch {
    // Something else wrote there: ask again.
    return null;
  }
}

/** The device's local storage when the page may use it; null where it is blocked. */
export function deviceStore(): DeviceStore | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // Storage access denied (third-party storage blocked): the pane asks each time.
    return null;
  }
}

export function useIdentity(store: DeviceStore | null): {
  identity: Identity | null;
  remember: (identity: Identity | null) => void;
} {
  const [identity, setIdentity] = useState<Identity | null>(() => parse(store?.getItem(KEY) ?? null));
  const remember = useCallback(
    (next: Identity | null) => {
      setIdentity(next);
      if (next === null) store?.removeItem(KEY);
      else store?.setItem(KEY, JSON.stringify(next));
    },
    [store],
  );
  return { identity, remember };
}

/** True when the account's owner is the KAM (names compare loosely: case and spaces). */
export function ownsAccount(owner: string | null, identity: Identity): boolean {
  if (identity.kind === "manager") return true;
  const fold = (s: string) => s.trim().replace(/\s+/g, " ").toLocaleLowerCase();
  return owner !== null && fold(owner) === fold(identity.name);
}
