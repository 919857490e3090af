// A tiny formula evaluator so that formula cells show a value: numbers, strings, booleans, cell and range
// references (also on other sheets), + - * / ^ &, comparisons, and SUM AVERAGE MIN MAX COUNT COUNTA ROUND
// ABS IF IFERROR AND OR NOT LEN CONCATENATE. Anything else evaluates to the error "#FORMULA!" — a value
// no real formula produces, so a test can tell that text became a formula the fake could not compute.

import { parseRect, splitSheet, type Rect } from "./address";
import type { ScalarValue } from "./coerce";

export const UNSUPPORTED_FORMULA = "#FORMULA!";

export type Evaluated = { value: ScalarValue; error: boolean };
type Err = { err: string };
type Val = number | string | boolean | Err | { range: Evaluated[][] };

export type CellReader = (sheet: string | null, rect: Rect) => Evaluated[][] | null;

class Unsupported extends Error {}

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)|(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\w(])|(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+)|([A-Za-z_][\w.]*)|(<=|>=|<>|[-+*/^&=<>(),;%]))/y;

type Token = { kind: "str" | "ref" | "num" | "name" | "op"; text: string };

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < src.length) {
    if (src.slice(pos).trim() === "") break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(src);
    if (!m) throw new Unsupported(src.slice(pos));
    pos = TOKEN.lastIndex;
    if (m[1] !== undefined) tokens.push({ kind: "str", text: m[1].slice(1, -1).replace(/""/g, '"') });
    else if (m[2] !== undefined || m[3] !== undefined) tokens.push({ kind: "ref", text: m[2] ?? m[3] ?? "" });
    else if (m[4] !== undefined) tokens.push({ kind: "num", text: m[4] });
    else if (m[5] !== undefined) tokens.push({ kind: "name", text: m[5] });
    else tokens.push({ kind: "op", text: m[6] ?? "" });
  }
  return tokens;
}

const isErr = (v: unknown): v is Err => typeof v === "object" && v !== null && "err" in v;

function scalar(v: Val): number | string | boolean | Err {
  if (typeof v === "object" && "range" in v) {
    const first = v.range[0]?.[0];
    if (!first) return { err: "#REF!" };
    return first.error ? { err: String(first.value) } : first.value;
  }
  return v;
}

function toNumber(v: Val): number | Err {
  const s = scalar(v);
  if (isErr(s)) return s;
  if (typeof s === "number") return s;
  if (typeof s === "boolean") return s ? 1 : 0;
  if (s === "") return 0;
  const n = Number(s);
  return Number.isFinite(n) ? n : { err: "#VALUE!" };
}

function flatten(args: Val[]): (number | string | boolean | Err)[] {
  const out: (number | string | boolean | Err)[] = [];
  for (const a of args) {
    if (typeof a === "object" && "range" in a) {
      for (const row of a.range) for (const c of row) out.push(c.error ? { err: String(c.value) } : c.value);
    } else out.push(a);
  }
  return out;
}

function numbersOf(args: Val[]): number[] | Err {
  const nums: number[] = [];
  for (const v of flatten(args)) {
    if (isErr(v)) return v;
    if (typeof v === "number") nums.push(v);
  }
  return nums;
}

function callFunction(name: string, args: Val[]): Val {
  switch (name) {
    case "SUM": {
      const n = numbersOf(args);
      return isErr(n) ? n : n.reduce((a, b) => a + b, 0);
    }
    case "AVERAGE": {
      const n = numbersOf(args);
      if (isErr(n)) return n;
      return n.length === 0 ? { err: "#DIV/0!" } : n.reduce((a, b) => a + b, 0) / n.length;
    }
    case "MIN":
    case "MAX": {
      const n = numbersOf(args);
      if (isErr(n)) return n;
      if (n.length === 0) return 0;
      return name === "MIN" ? Math.min(...n) : Math.max(...n);
    }
    case "COUNT":
      return flatten(args).filter((v) => typeof v === "number").length;
    case "COUNTA":
      return flatten(args).filter((v) => v !== "").length;
    case "ROUND": {
      const n = toNumber(args[0] ?? 0);
      const d = toNumber(args[1] ?? 0);
      if (isErr(n)) return n;
      if (isErr(d)) return d;
      const f = 10 ** d;
      return Math.round(n * f) / f;
    }
    case "ABS": {
      const n = toNumber(args[0] ?? 0);
      return isErr(n) ? n : Math.abs(n);
    }
    case "IF": {
      const c = scalar(args[0] ?? false);
      if (isErr(c)) return c;
      return (typeof c === "string" ? c !== "" : Boolean(c)) ? (args[1] ?? true) : (args[2] ?? false);
    }
    case "IFERROR": {
      const v = scalar(args[0] ?? "");
      return isErr(v) ? (args[1] ?? "") : v;
    }
    case "AND":
    case "OR":
    case "NOT": {
      const bools = flatten(args).map((v) => (isErr(v) ? v : Boolean(v)));
      const err = bools.find(isErr);
      if (err) return err;
      if (name === "NOT") return !bools[0];
      return name === "AND" ? bools.every(Boolean) : bools.some(Boolean);
    }
    case "LEN": {
      const v = scalar(args[0] ?? "");
      return isErr(v) ? v : String(v).length;
    }
    case "CONCATENATE": {
      const parts = flatten(args);
      const err = parts.find(isErr);
      return err ?? parts.map(String).join("");
    }
    default:
      throw new Unsupported(name);
  }
}

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly read: CellReader,
  ) {}

  parse(): Val {
    const v = this.comparison();
    if (this.i < this.tokens.length) throw new Unsupported("trailing tokens");
    return v;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }
  private take(op: string): boolean {
    const t = this.peek();
    if (t?.kind === "op" && t.text === op) {
      this.i++;
      return true;
    }
    return false;
  }

  private comparison(): Val {
    let left = this.concat();
    for (;;) {
      const t = this.peek();
      if (t?.kind !== "op" || !["=", "<", ">", "<=", ">=", "<>"].includes(t.text)) return left;
      this.i++;
      const right = this.concat();
      const a = scalar(left);
      const b = scalar(right);
      if (isErr(a)) return a;
      if (isErr(b)) return b;
      const cmp = a < b ? -1 : a > b ? 1 : 0;
      left = { "=": cmp === 0, "<": cmp < 0, ">": cmp > 0, "<=": cmp <= 0, ">=": cmp >= 0, "<>": cmp !== 0 }[
        t.text
      ] as boolean;
    }
  }

  private concat(): Val {
    let left = this.additive();
    while (this.take("&")) {
      const a = scalar(left);
      const b = scalar(this.additive());
      if (isErr(a)) return a;
      if (isErr(b)) return b;
      left = `${String(a)}${String(b)}`;
    }
    return left;
  }

  private binary(left: Val, right: Val, op: string): Val {
    const a = toNumber(left);
    const b = toNumber(right);
    if (isErr(a)) return a;
    if (isErr(b)) return b;
    if (op === "+") return a + b;
    if (op === "-") return a - b;
    if (op === "*") return a * b;
    if (op === "^") return a ** b;
    return b === 0 ? { err: "#DIV/0!" } : a / b;
  }

  private additive(): Val {
    let left = this.term();
    for (;;) {
      if (this.take("+")) left = this.binary(left, this.term(), "+");
      else if (this.take("-")) left = this.binary(left, this.term(), "-");
      else return left;
    }
  }

  private term(): Val {
    let left = this.power();
    for (;;) {
      if (this.take("*")) left = this.binary(left, this.power(), "*");
      else if (this.take("/")) left = this.binary(left, this.power(), "/");
      else return left;
    }
  }

  private power(): Val {
    let left = this.unary();
    while (this.take("^")) left = this.binary(left, this.unary(), "^");
    return left;
  }

  private unary(): Val {
    if (this.take("-")) return this.binary(0, this.unary(), "-");
    if (this.take("+")) return this.unary();
    let v = this.primary();
    while (this.take("%")) v = this.binary(v, 100, "/");
    return v;
  }

  private primary(): Val {
    const t = this.peek();
    if (!t) throw new Unsupported("unexpected end");
    this.i++;
    if (t.kind === "num") return Number(t.text);
    if (t.kind === "str") return t.text;
    if (t.kind === "ref") {
      const { sheet, address } = splitSheet(t.text);
      const rect = parseRect(address);
      const cells = rect ? this.read(sheet, rect) : null;
      return cells ? { range: cells } : { err: "#REF!" };
    }
    if (t.kind === "name") {
      const upper = t.text.toUpperCase();
      if (this.take("(")) {
        const args: Val[] = [];
        if (!this.take(")")) {
          do args.push(this.comparison());
          while (this.take(",") || this.take(";"));
          if (!this.take(")")) throw new Unsupported("missing )");
        }
        return callFunction(upper, args);
      }
      if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
      throw new Unsupported(t.text);
    }
    if (t.text === "(") {
      const v = this.comparison();
      if (!this.take(")")) throw new Unsupported("missing )");
      return v;
    }
    throw new Unsupported(t.text);
  }
}

/** Evaluates "=…"; unsupported syntax or functions give the error value "#FORMULA!". */
export function evaluateFormula(formula: string, read: CellReader): Evaluated {
  try {
    const v = scalar(new Parser(tokenize(formula.replace(/^=/, "")), read).parse());
    if (isErr(v)) return { value: v.err, error: true };
    return { value: v, error: false };
  } catch (e) {
    if (e instanceof Unsupported) return { value: UNSUPPORTED_FORMULA, error: true };
    throw e;
  }
}
