/**
 * Bounds on what one input may expand to (SPEC §8: "sizes are bounded"). A file is read
 * whole within 256 MiB, but a zip or a PDF can unpack to far more, and an HTML colspan
 * multiplies cells: these stop a hostile or broken file before memory runs out, with a
 * message, so the rest of the batch goes on.
 */

/** Cells one input may yield: a large city's whole workbook has tens of thousands. */
export const MAX_CELLS = 2_000_000;

/** PDF pages read: a year's sheets of a large city are a few hundred pages. */
export const MAX_PAGES = 5_000;

/**
 * Bytes a zip (`.xlsx`) may unpack to, all entries together: 100 MiB. SheetJS holds about
 * nine times the unpacked XML while reading (a workbook of a million cells, 45 MB unpacked,
 * peaked at 420 MB), so this keeps one workbook under about 1 GB; a city's real workbooks
 * unpack to a few megabytes.
 */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;

/** Entries in a zip: a workbook has a few dozen parts. */
export const MAX_ZIP_ENTRIES = 10_000;
