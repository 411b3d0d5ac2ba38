// WHATWG Encoding's windows-1252 index for bytes 0x80..0x9F; the five unassigned bytes (0x81, 0x8D,
// 0x8F, 0x90, 0x9D) map to the C1 control of the same value.
const C1_RANGE_CHARACTERS =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178'
const C1_CONTROL = /[\u0080-\u009F]/g
const C1_START = 0x80

/**
 * Maps C1 controls in text decoded as windows-1252 to the characters that encoding assigns them
 * (0x93 is “). Node 20's TextDecoder decodes windows-1252 and its aliases (iso-8859-1, latin1,
 * us-ascii) as ISO-8859-1, which leaves curly quotes, dashes and € as invisible controls.
 */
export function repairWindows1252(text: string): string {
  return text.replace(
    C1_CONTROL,
    (control) => C1_RANGE_CHARACTERS[control.charCodeAt(0) - C1_START] ?? control,
  )
}
