/** Colour functions that change nothing: for tests, pipes, NO_COLOR and --no-color. */
import type { Colors } from "./types.js";

const same = (text: string): string => text;

export const plainColors: Colors = { red: same, yellow: same, blue: same, green: same, dim: same, bold: same, underline: same };
