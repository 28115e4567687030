/**
 * The 问题清单 as the pane shows it, results first (issue 12): the flags grouped, one group per
 * rule per form (the same code on the same sheet), each group's header a sentence; a group of
 * one is the flag itself; the 提示 of every form are folded into one group at the end; a form
 * laid out and not filled in yet is one line, 尚未填写, holding whatever was flagged on it. Errors
 * come first, then warnings, in the order the core listed them. Every flag is in exactly one line.
 */
import type { Evaluation, Flag, FlagCode, Severity } from '../../core';
import { FLAG_TEXT } from '../../strings/flags';
import {
  PANE_GROUP_SENTENCE,
  PANE_INFO_RULE,
  PROBLEM_TEXT,
  REASON_LOST_POINTS_SENTENCE,
} from '../../strings/problems';

/** One rule's flags on one sheet. */
export interface FlagGroup {
  key: string;
  severity: Severity;
  sheet: string;
  code: FlagCode;
  flags: Flag[];
  /** `6 行扣分但未填写偏差原因` (without the sheet). */
  sentence: string;
}

export type ProblemLine =
  /** A group of one: the flag, a link to its cell. */
  | { kind: 'flag'; key: string; severity: Severity; flag: Flag }
  /** One rule on one form (groups has one entry), or the 提示 of every form (several). */
  | { kind: 'group'; key: string; severity: Severity; title: string; groups: FlagGroup[] }
  /** A form not filled in yet: one line, its flags (if any) inside. */
  | { kind: 'blank'; key: string; severity: Severity; title: string; sheet: string; flags: Flag[] };

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The tail every lost-points REASON_MISSING message ends with (`，扣分但未填写偏差原因`). */
const LOST_POINTS_TAIL =
  FLAG_TEXT.reasonLostPoints('\u0000', '\u0000', '\u0000').split('\u0000').pop() ?? '';

function sentenceOf(code: FlagCode, flags: Flag[]): string {
  if (code === 'REASON_MISSING' && flags.every((f) => f.message.endsWith(LOST_POINTS_TAIL)))
    return REASON_LOST_POINTS_SENTENCE(flags.length);
  return PANE_GROUP_SENTENCE[code](flags.length);
}

/** Flags grouped by sheet and code, in the order each group's first flag came. */
export function groupFlags(flags: readonly Flag[]): FlagGroup[] {
  const groups = new Map<string, FlagGroup>();
  for (const flag of flags) {
    const key = `${flag.sheet}\u0000${flag.code}`;
    const group = groups.get(key);
    if (group) group.flags.push(flag);
    else
      groups.set(key, {
        key,
        severity: flag.severity,
        sheet: flag.sheet,
        code: flag.code,
        flags: [flag],
        sentence: '',
      });
  }
  const out = Array.from(groups.values());
  for (const g of out) g.sentence = sentenceOf(g.code, g.flags);
  return out;
}

function lineOf(group: FlagGroup): ProblemLine {
  if (group.flags.length === 1)
    return { kind: 'flag', key: group.key, severity: group.severity, flag: group.flags[0] };
  return {
    kind: 'group',
    key: group.key,
    severity: group.severity,
    title: PROBLEM_TEXT.groupTitle(group.sheet, group.sentence),
    groups: [group],
  };
}

/** The 提示 of every form: as they are when they make one line, else one folded group. */
function infoLines(groups: FlagGroup[]): ProblemLine[] {
  if (groups.length <= 1) return groups.map(lineOf);
  const rules: string[] = [];
  let n = 0;
  for (const g of groups) {
    n += g.flags.length;
    const rule = (PANE_INFO_RULE as Partial<Record<FlagCode, string>>)[g.code] ?? g.sentence;
    if (rules.indexOf(rule) < 0) rules.push(rule);
  }
  return [
    {
      kind: 'group',
      key: 'info',
      severity: 'info',
      title: PROBLEM_TEXT.infoBundle(n, rules.join('、')),
      groups,
    },
  ];
}

export function problemLines(evaluation: Pick<Evaluation, 'flags' | 'summary'>): ProblemLine[] {
  const blankSheets = evaluation.summary.forms.filter((f) => f.blank).map((f) => f.sheet);
  const isBlank = (sheet: string) => blankSheets.indexOf(sheet) >= 0;
  const groups = groupFlags(evaluation.flags.filter((f) => !isBlank(f.sheet)));
  const ranked = groups
    .map((g, i) => ({ g, i }))
    .sort((a, b) => RANK[a.g.severity] - RANK[b.g.severity] || a.i - b.i)
    .map((x) => x.g);
  const blank: ProblemLine[] = blankSheets
    .filter((sheet, i) => blankSheets.indexOf(sheet) === i)
    .map((sheet) => {
      const flags = evaluation.flags.filter((f) => f.sheet === sheet);
      const worst = flags.reduce<Severity>(
        (s, f) => (RANK[f.severity] < RANK[s] ? f.severity : s),
        'info',
      );
      return {
        kind: 'blank',
        key: `blank\u0000${sheet}`,
        severity: worst,
        title: PROBLEM_TEXT.blankForm(sheet),
        sheet,
        flags,
      };
    });
  return [
    ...ranked.filter((g) => g.severity !== 'info').map(lineOf),
    ...blank,
    ...infoLines(ranked.filter((g) => g.severity === 'info')),
  ];
}

/** Every flag a line holds (a test's and the legacy view's walk). */
export function flagsOf(line: ProblemLine): Flag[] {
  if (line.kind === 'flag') return [line.flag];
  if (line.kind === 'blank') return line.flags;
  return line.groups.reduce<Flag[]>((all, g) => all.concat(g.flags), []);
}
