// Colours as Excel accepts them ("#RRGGBB", "RRGGBB" or an HTML colour name — RangeFill.color docs) and
// returns them ("#RRGGBB", upper case).

const NAMED: Readonly<Record<string, string>> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  silver: "#C0C0C0",
  purple: "#800080",
  navy: "#000080",
  teal: "#008080",
  maroon: "#800000",
  olive: "#808000",
  aqua: "#00FFFF",
  fuchsia: "#FF00FF",
  lightgray: "#D3D3D3",
  darkgray: "#A9A9A9",
  lightyellow: "#FFFFE0",
  lightgreen: "#90EE90",
  lightblue: "#ADD8E6",
};

/** "#RRGGBB" (upper case), or null when Excel would reject the colour. */
export function normalizeColor(input: unknown): string | null {
  if (typeof input !== "string") return null;
  const s = input.trim();
  const hex = /^#?([0-9a-fA-F]{6})$/.exec(s);
  if (hex?.[1]) return `#${hex[1].toUpperCase()}`;
  return NAMED[s.toLowerCase()] ?? null;
}
