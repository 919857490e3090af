// Lists typed into one cell: "Folien; Etiketten", "Sensorik, Service und Software".

/** Splits on ; , / | + line breaks and the words "und"/"and"; trims and drops empty parts. */
export function splitListText(text: string): string[] {
  return text
    .split(/[;,/|+\r\n]|\s+(?:und|and)\s+/i)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}
