/** The help pages in English: the wording sheetparse has always printed (`--lang en`, a C or en locale). */
import type { HelpTexts } from "./help.js";

const INPUTS = "files, directories (searched for *.txt), glob patterns, or - for stdin";

export const helpEn: HelpTexts = {
  commander: null,
  helpOption: "display help for command",
  versionOption: "output the version number",
  inputs: INPUTS,
  encoding: "input encoding: auto, utf-8, shift_jis (cp932), euc-jp, utf-16le, utf-16be",
  profile:
    "template profile: a built-in name, a YAML profile file, or auto (per file: profiles whose detect words all occur first, then the most recognised lines minus conflicts; a tie or a weak winner is named on stderr; repeat --profile FILE to add candidates)",
  lang: "language of messages and of this help: ja or en (default: from LC_ALL, LC_MESSAGES or LANG; ja* is ja, else en)",
  jobs: "files parsed at once, in worker threads (default 1: in this thread; auto: one per core); output stays in input order",
  program: {
    description: "Parse plain-text Japanese municipal evaluation sheets (行政評価シート) into JSON, NDJSON, YAML or CSV.",
    format: "output format (json: an array for several inputs; ndjson: one line per file)",
    table: "CSV table (implies --format csv); all needs --output DIR",
    output: "write to this file (or, with --table all, this directory) instead of stdout; - is stdout",
    positions: "add the source line to every object (CSV: a line column)",
    strict: "exit 1 when a line is unrecognised or an error is found",
    bom: "CSV: start with a UTF-8 byte order mark (for Excel)",
    outputEncoding: "CSV: utf-8 (default) or cp932 (Shift_JIS, for Japanese Excel)",
    rawCells: "CSV: keep cells starting with = + - @ (or fullwidth, or −, which CP932 writes as －) as they are (no leading ')",
    noColor: "no colour in messages",
    after: `
Inputs: files, directories (searched recursively for *.txt, following symlinks), glob
patterns (quote them: 'sheets/**/*.txt'), and - or nothing for standard input. Files named
.pdf, .xlsx, .xls, .html/.htm, .csv or .tsv are read as such (their rows of cells become the
text the parser reads; sheetparse text FILE shows it); a scanned PDF, an encrypted file or
a broken one is one line on stderr (exit 2). A file that
cannot be read (saying why: symlink loop, broken symlink, permission denied …), and a
folder, broken symlink or symlink loop a directory search had to skip, gets a message on
stderr (exit 2) and the others go on. A device, socket or directory named as a file (or as
--profile, --config) is refused unread; a sheet, stdin included, may be at most 256 MiB, a
profile or config file 1 MiB. Profiles and configs are decoded like sheets (UTF-8,
Shift_JIS, EUC-JP, UTF-16), undecodable bytes being an error at line:column. UTF-32 (by
its BOM) is refused as unsupported.

Examples:
  $ sheetparse sheet.txt                        JSON of one sheet file
  $ sheetparse sheets/ --format ndjson          one JSON document per line, per file
  $ sheetparse 'sheets/**/*.txt' > all.json     a JSON array, one Document per file
  $ sheetparse sheet.txt --format yaml --positions
  $ cat sheet.txt | sheetparse - | jq '.projects[].name'
  $ sheetparse sheet.txt | jq '.projects[] | [.name, .policyIndex]'   each 事業 and its 施策 sheet (index in .policies)
  $ sheetparse sheets/ --format csv --bom -o years.csv       for Excel (UTF-8 with BOM)
  $ sheetparse sheets/ --table projects --output-encoding cp932 -o projects.csv
  $ sheetparse sheets/ --format csv --table all --output out/
  $ sheetparse ast sheet.txt                    the syntax tree with positions
  $ sheetparse sheet.pdf                        a PDF (or .xlsx, .xls, .html, .csv) read directly
  $ sheetparse text sheet.pdf > sheet.txt       the rows of cells the parser reads, as text
  $ sheetparse schema                           JSON Schema of the output
  $ sheetparse help check                       the help of one command (as check --help)

A first operand that is no file, folder or pattern but close to a command name is a usage
error (unknown command "chekc" — did you mean check?, exit 2, nothing read); help [COMMAND]
prints help. A file or folder of that name always wins (use ./help for the file when unsure).

--output writes a temporary file beside its target and renames it over the target only
when the run is done; a failed or interrupted run, or one where no input could be read,
leaves the target as it was. An output that is one of the inputs is refused.

Every Document is validated against the schema (sheetparse schema) before it is written; one
that fails is a bug of ours: it is replaced by a Document whose only diagnostic is "fatal"
(invalidDocument, naming the failing JSON path), and the run exits 2.

Exit codes: 0 success, diagnostics or not (they are in the data); 1 only with --strict, when a
sheet has an unrecognised line or an error diagnostic; 2 usage error, an input that cannot be read or decoded, or a Document
that failed the schema check (the worst wins).
Colour is off when stderr is not a terminal, with NO_COLOR, or with --no-color. Control
characters in file names are printed as escapes (\\n, \\x1B), never as they are.`,
  },
  text: {
    description: "print the rows of cells each input yields (PDF, Excel, HTML, CSV or text) as the tab-separated text the parser reads",
    encoding: "encoding of text, HTML and CSV inputs: auto, utf-8, shift_jis (cp932), euc-jp, utf-16le, utf-16be",
  },
  ast: {
    description: "print the lossless syntax tree of one sheet as JSON, with unist positions",
    file: "a sheet file, or - for stdin",
  },
  report: {
    description: "write one self-contained HTML page for a batch of sheets: summary, overview table, charts, check results",
    output: "write the page to this file instead of stdout; - is stdout",
    after: `
The page has no external resources and makes no requests (inline CSS, SVG charts, one
small inline script for sorting, under a strict Content-Security-Policy). It fits a phone's
screen (wide tables scroll in their box) and prints on A4, a 施策 or 事業 on one page where
it fits. All budget charts of a page share one unit (千円, 百万円 or 億円, by the largest amount).

Examples:
  $ sheetparse report sheets/ --output report.html
  $ sheetparse report 'sheets/**/*.txt' > report.html

--output is replaced only by a whole page, never when no input could be read, and may not
be one of the inputs.

Exit codes: 0 the page was written; 2 usage error, or an input that cannot be read or
decoded, or whose Document failed the schema check (the page still shows the other inputs
and names the failed one).`,
  },
  check: {
    description: "lint sheets (the rules are listed in the README's rule table) and report for people or CI: stylish, json, github, sarif, junit",
    reporter: "output on stdout",
    maxWarnings: "exit 1 when there are more warnings than this (decimal digits, 0 or more)",
    rule: "set a rule to off, info, warn (warning) or error (repeatable)",
    config: "config file (default: sheetparse.config.yaml, looked up from the working directory upward)",
    noColor: "no colour in the report",
    after: (rules) => `
Rules (default severities in the README):
  ${rules}
Severities: off, warn (= warning), error, info.

Config file (sheetparse.config.yaml, found from the working directory upward):
  rules:
    mixed-punctuation: off
    required-field: error
  maxWarnings: 0

Examples:
  $ sheetparse check sheets/                          problems grouped by file
  $ sheetparse check sheets/ --reporter github        annotations on a pull request
  $ sheetparse check sheets/ --reporter sarif > sheetparse.sarif
  $ sheetparse check sheets/ --reporter junit > junit.xml
  $ sheetparse check sheet.txt --rule target-not-met=off --max-warnings 0

File names are printed with control characters as escapes (\\n, \\x1B); github escapes
them as GitHub's toolkit does, so a file name never makes a workflow command of its own.

Exit codes: 0 no errors and warnings within --max-warnings; 1 an error, or more warnings
than --max-warnings; 2 usage error, a bad config file, or an input that cannot be read or
decoded, or whose Document failed the schema check (it still gets its "fatal" diagnostic
in the report; the other inputs go on).`,
  },
  schema: {
    description: "print the JSON Schema of the output (generated from the zod schemas)",
    profile: "print the JSON Schema of the template profile format instead",
  },
  profiles: { description: "list the built-in template profiles" },
};
