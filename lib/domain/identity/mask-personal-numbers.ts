// Each alternative captures what stays as written (a country or area code) and the number to mask.
// A number never starts inside a word, a code (SH20261123-000042) or a decimal (121.47370123), and
// dates and times ("2026-12-06 10:00") have none of these shapes.
const alternatives = [
  // Mainland mobile: 1[3-9]x xxxx xxxx, with or without +86 / 0086, spaces or dashes between the groups;
  // specific enough to be found right after letters too (tel13812345678).
  /(?<![\d.]|\d-)((?:\+|00)86[ -]?)?(1[3-9]\d(?:[ -]?\d{4}){2})(?!\d)/.source,
  // Resident ID: 18 characters ending in a digit or the checksum X, or the old 15 digits.
  /(?<![\w.]|\d-)()(\d{17}[\dXx]|\d{15})(?!\w)/.source,
  // Landline: area code 0xx(x), in brackets or not, then 7 or 8 digits, maybe split 3/4 + 4.
  /(?<![\w.]|\d-)(\(0\d{2,3}\)[ -]?|0\d{2,3}[ -]?)(\d{3,4}[ -]?\d{4})(?!\d)/.source,
  // International: + or 00, a country code, then groups of digits (at least 7 digits in all).
  /(?<![\w.])((?:\+|00)[1-9]\d{0,2}[ -]?)(\(?\d{1,4}\)?(?:[ -]?\d{2,5}){1,4})(?!\d)/.source,
  // Passport-like: one letter and 8 digits (E12345678).
  /(?<![\w.]|\d-)()([DEGPS]\d{8})(?!\w)/.source,
  // Any other run of 7 or more digits, unless it is an amount (¥…, …元, …万), has decimals or ends a
  // code (JG-12345678, t-ids-20261206).
  /(?<![\w.¥￥$€£]|\d,|\w-)()(\d{7,})(?!\w|[.,]\d|\s*[元块万亿%])/.source,
];
const ALTERNATIVES = alternatives.length;
const personalNumber = new RegExp(alternatives.join("|"), "g");

const MIN_DIGITS = 7;

function hasEnoughDigits(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57 && ++digits >= MIN_DIGITS) return true;
  }
  return false;
}

const isKept = (char: string) => (char >= "0" && char <= "9") || char === "X" || char === "x";

/** Masks the middle digits of `number`, separators kept: 138****5678, 3101**********123X, 62****78. */
function maskDigits(number: string): string {
  let count = 0;
  for (const char of number) if (isKept(char)) count++;
  const [head, tail] = count >= 15 ? [4, 4] : count >= 11 ? [3, 4] : [2, 2];
  let seen = 0;
  let masked = "";
  for (const char of number) {
    if (!isKept(char)) masked += char;
    else {
      seen++;
      masked += seen <= head || seen > count - tail ? char : "*";
    }
  }
  return masked;
}

// The capture groups of the alternative that matched: (kept, number); the others' are undefined.
function replaceNumber(match: string, ...args: unknown[]): string {
  for (let i = 0; i < ALTERNATIVES * 2; i += 2) {
    const number = args[i + 1];
    if (typeof number !== "string") continue;
    const kept = typeof args[i] === "string" ? args[i] : "";
    return hasEnoughDigits(`${kept}${number}`) ? `${kept}${maskDigits(number)}` : match;
  }
  return match;
}

/**
 * Phone and ID numbers in free text (a description, a note, a reason) masked so the text stays
 * readable: 电话13812345678 → 电话138****5678. Text with fewer than 7 digits is returned as it is,
 * without running the pattern, which keeps the common case cheap on the screens' hot path.
 */
export function maskPersonalNumbers(text: string): string {
  if (!hasEnoughDigits(text)) return text;
  return text.replace(personalNumber, replaceNumber);
}
