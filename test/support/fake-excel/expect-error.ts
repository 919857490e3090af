// Assertion helpers for the fake's own tests: an OfficeExtension.Error-like rejection with a given code.

import { FakeOfficeError, type FakeErrorCode } from "./errors";

export async function rejectsWith(work: Promise<unknown>, code: FakeErrorCode): Promise<FakeOfficeError> {
  let outcome: unknown;
  try {
    await work;
  } catch (e) {
    outcome = e;
  }
  if (!(outcome instanceof FakeOfficeError)) {
    throw new Error(`expected an OfficeExtension.Error ${code}, got ${String(outcome)}`);
  }
  expect(outcome.code).toBe(code);
  expect(outcome.name).toBe("OfficeExtension.Error");
  return outcome;
}

export function throwsWith(action: () => unknown, code: FakeErrorCode): FakeOfficeError {
  let outcome: unknown;
  try {
    action();
  } catch (e) {
    outcome = e;
  }
  if (!(outcome instanceof FakeOfficeError)) {
    throw new Error(`expected an OfficeExtension.Error ${code}, got ${String(outcome)}`);
  }
  expect(outcome.code).toBe(code);
  return outcome;
}
