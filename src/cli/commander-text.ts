/**
 * commander's own words in the user's language. commander words its errors and help pages
 * in English; it lets us reword the error text it hands to `outputError` and replace parts
 * of its Help. English passes through untouched, so the English output stays what it was.
 */
import type { Argument, HelpConfiguration, Option } from "commander";
import type { HelpWords } from "../messages/help.js";
import type { Lang } from "../messages/types.js";
import { usageMessages, type CommanderErrors } from "../messages/usage.js";
import { displayWidth } from "../report/display-width.js";
import { printable } from "../report/printable.js";

/**
 * commander 14's error messages, and how to say each again from its parts. The values the
 * user typed may hold anything, a newline included, hence `[\s\S]`. A message no pattern
 * knows (a later commander's new wording) stays English rather than being lost.
 */
const COMMANDER_ERRORS: readonly [RegExp, (words: CommanderErrors, parts: readonly string[]) => string][] = [
  [/^error: unknown option '([\s\S]*)'$/, (w, [flag = ""]) => w.unknownOption(flag)],
  [/^error: missing required argument '([\s\S]*)'$/, (w, [name = ""]) => w.missingArgument(name)],
  [/^error: option '([^']*)' argument missing$/, (w, [flags = ""]) => w.optionMissingArgument(flags)],
  [/^error: option '([^']*)' argument '([\s\S]*)' is invalid\. Allowed choices are ([^.]*)\.$/, (w, [flags = "", value = "", choices = ""]) => w.invalidChoice(flags, value, choices)],
  [/^error: option '([^']*)' argument '([\s\S]*)' is invalid\. ([^\n]*)$/, (w, [flags = "", value = "", detail = ""]) => w.invalidArgument(flags, value, detail)],
  [
    /^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (w, [command, expected = "0", got = "0"]) => w.excessArguments(command ?? null, Number(expected), Number(got)),
  ],
  [/^error: unknown command '([\s\S]*)'$/, (w, [name = ""]) => w.unknownCommand(name)],
];

/** commander's `(Did you mean --format?)` line after an unknown option or command. */
const SUGGESTION = /\n\(Did you mean (?:one of )?([^\n]*)\?\)$/;

function reword(message: string, words: CommanderErrors): string {
  for (const [pattern, say] of COMMANDER_ERRORS) {
    const match = pattern.exec(message);
    if (match) return say(words, match.slice(1));
  }
  return message;
}

/**
 * The error text commander hands to `outputError`, in the language and printable: a newline
 * in an argument it echoes must not start a line of its own; only the suggestion keeps its line.
 */
export function commanderErrorText(text: string, lang: Lang): string {
  const body = text.replace(/\n$/, "");
  const suggestion = SUGGESTION.exec(body);
  const message = suggestion ? body.slice(0, suggestion.index) : body;
  const words = usageMessages[lang].commander;
  const lines = [reword(message, words).split("\n").map((line) => printable(line)).join("\\n")];
  if (suggestion) lines.push(printable(words.didYouMean((suggestion[1] ?? "").split(", "))));
  return `${lines.join("\n")}\n`;
}

/** Characters a line may not start with (closing brackets, punctuation, small kana): they pull the character before them along. */
const NO_LINE_START = new Set([..."、。，．）」』】〕：；！？ーぁぃぅぇぉっゃゅょァィゥェォッャュョ"]);
/** Opening brackets, which may not end a line: they go on to the next. */
const NO_LINE_END = new Set([..."（「『【〔"]);

/** A line's words, each with the spaces before it: a run of ASCII or Latin, or one other character. */
function wordsOf(line: string): string[] {
  const words: string[] = [];
  let spaces = "";
  for (const [piece] of line.matchAll(/\s+|[\u0021-\u007e\u00a0-\u024f]+|\S/gu)) {
    if (/^\s/u.test(piece)) spaces += piece;
    else {
      words.push(spaces + piece);
      spaces = "";
    }
  }
  return words;
}

/**
 * Wraps text that mixes Japanese and ASCII at `width` columns: a run of ASCII is a word, as
 * commander wraps it, and a line may break between any two Japanese characters, which are
 * written without spaces (commander breaks only at spaces and would not wrap them at all).
 */
export function wrapWide(text: string, width: number): string {
  return text
    .split("\n")
    .map((raw) => {
      const tokens = wordsOf(raw);
      const lines: string[][] = [];
      let line: string[] = [];
      let used = 0;
      for (const token of tokens) {
        const size = displayWidth(token);
        if (line.length === 0 || used + size <= width) {
          line.push(line.length === 0 ? token.trimStart() : token);
          used += line.length === 1 ? displayWidth(token.trimStart()) : size;
          continue;
        }
        // Kinsoku: carry characters along until the new line does not start, nor the old one end, wrongly.
        const carried: string[] = [];
        let next = token;
        while (line.length > 1 && (NO_LINE_START.has(next.trim()) || NO_LINE_END.has((line.at(-1) ?? "").trim()))) {
          next = line.pop() ?? "";
          carried.unshift(next);
        }
        lines.push(line);
        line = [...carried.map((piece) => piece.trimStart()), token.trimStart()];
        used = displayWidth(line.join(""));
      }
      lines.push(line);
      return lines.map((words) => words.join("")).join("\n");
    })
    .join("\n");
}

/** The parenthesis commander adds after a description, in the language's words. */
function extraOf(words: HelpWords, description: string, choices: readonly string[] | undefined, defaultValue: string | null): string {
  const shownChoices = choices === undefined ? null : choices.map((choice) => JSON.stringify(choice)).join(", ");
  if (shownChoices === null && defaultValue === null) return description;
  return `${description}${words.extra(shownChoices, defaultValue)}`;
}

/**
 * The default as worth showing to a person: not `false` of a flag nor the empty list of a
 * repeatable option, which commander shows for programmers.
 */
function shownDefault(value: unknown, description: string | undefined): string | null {
  if (value === undefined || typeof value === "boolean" || (Array.isArray(value) && value.length === 0)) return null;
  return description ?? JSON.stringify(value);
}

/** Help in a language other than commander's English: its titles and notes, its wrapping by display width. */
export function localHelp(words: HelpWords): HelpConfiguration {
  return {
    styleTitle: (title: string) => words.titles[title] ?? title,
    displayWidth: (text: string) => displayWidth(text),
    boxWrap: (text: string, width: number) => wrapWide(text, width),
    optionDescription: (option: Option) =>
      extraOf(words, option.description, option.argChoices, option.required || option.optional ? shownDefault(option.defaultValue, option.defaultValueDescription) : null),
    argumentDescription: (argument: Argument) => extraOf(words, argument.description, argument.argChoices, shownDefault(argument.defaultValue, argument.defaultValueDescription)),
  };
}
