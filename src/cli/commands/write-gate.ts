// The one gate before `draft` and `import` write a pack: the text they would write goes through the
// very path `check` (and the game) reads packs with. A pack check would refuse is never written:
// the author gets the reasons and what to do instead, and no file is created or overwritten.
import { MAX_PACK_CHARS } from '../../domain/pack/limits';
import { textFault } from '../../domain/text';
import { validatePackText } from '../../domain/pack/validate-text';

/** Why `check` would refuse this pack text, one line each; empty when it would pass. */
export function refusalReasons(json: string): string[] {
  const checked = validatePackText(json);
  // No line numbers: the file does not exist, and will not.
  return checked.ok ? [] : checked.problems.map((p) => `${p.path || '(the pack)'}: ${p.message}`);
}

/** A flag's text that no pack may hold (a bidi control reorders what players read; an invisible
 *  title shows nothing): the message, or undefined when the text is fine. */
export function flagTextProblem(command: string, flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const fault = textFault(value.trim());
  if (fault === 'bidi-control')
    return `${command}: --${flag} contains a bidirectional control character (U+202A–U+202E or U+2066–U+2069) that reorders what players read; type it again without one`;
  if (fault === 'invisible') return `${command}: --${flag} has no visible characters`;
  return undefined;
}

/** For an over-size pack: into how many files its input should be split, with room to spare. */
export function partsNeeded(chars: number, items: number): { parts: number; perPart: number } {
  const parts = Math.ceil((chars * 1.1) / MAX_PACK_CHARS);
  return { parts, perPart: Math.floor(items / parts) };
}
