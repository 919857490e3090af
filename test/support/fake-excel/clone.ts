// Values cross the wire as JSON: a deep copy through JSON is what Excel keeps of them.

export function jsonClone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
