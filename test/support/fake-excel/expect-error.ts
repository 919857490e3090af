// Assertion helpers for the engine's own tests: Office.js's OfficeExtension.Error with a given code.
// Office.js names it "RichApi.Error"; `debugInfo.errorLocation` is where Excel said it failed.

export type OfficeJsError = Error & {
  code: string;
  debugInfo: { errorLocation?: string; statement?: string };
};

function isOfficeJsError(value: unknown): value is OfficeJsError {
  return value instanceof Error && value.name === "RichApi.Error" && "code" in value;
}

export async function rejectsWith(work: Promise<unknown>, code: string): Promise<OfficeJsError> {
  let outcome: unknown;
  try {
    await work;
  } catch (e) {
    outcome = e;
  }
  if (!isOfficeJsError(outcome)) {
    throw new Error(`expected an OfficeExtension.Error ${code}, got ${String(outcome)}`);
  }
  expect(outcome.code).toBe(code);
  return outcome;
}

export function throwsWith(action: () => unknown, code: string): OfficeJsError {
  let outcome: unknown;
  try {
    action();
  } catch (e) {
    outcome = e;
  }
  if (!isOfficeJsError(outcome)) {
    throw new Error(`expected an OfficeExtension.Error ${code}, got ${String(outcome)}`);
  }
  expect(outcome.code).toBe(code);
  return outcome;
}
