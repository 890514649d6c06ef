/** The rules compare texts across sheets as the model links them (see model/compare-text.ts). */
export { comparable, sameText } from "../model/compare-text.js";
