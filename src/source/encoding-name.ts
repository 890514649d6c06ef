/** The encodings a sheet is read in (SPEC §3.0 `source.encoding`): the reader's own fact, which the model reports. */
export const ENCODING_NAMES = ["utf-8", "shift_jis", "euc-jp", "utf-16le", "utf-16be"] as const;

export type EncodingName = (typeof ENCODING_NAMES)[number];
