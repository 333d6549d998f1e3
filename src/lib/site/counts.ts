/** How many proposals the sources report, written out with who reports each number. */
import type { Lang } from '../model/schema.ts';

const PUNCTUATION = {
	zh: { open: '（', close: '）', and: '、', then: '；' },
	en: { open: ' (', close: ')', and: ', ', then: '; ' },
} as const;

/**
 * Each number once, with the sources that give it, in the order first reported.
 * @example reportedCounts([{ count: 5, by: 'A' }, { count: 4, by: 'B' }, { count: 5, by: 'C' }], 'en') → '5 (A, C); 4 (B)'
 */
export function reportedCounts(reports: readonly { count: number; by: string }[], lang: Lang): string {
	const p = PUNCTUATION[lang];
	const numbers = [...new Set(reports.map((r) => r.count))];
	return numbers.map((n) => `${n}${p.open}${reports.filter((r) => r.count === n).map((r) => r.by).join(p.and)}${p.close}`).join(p.then);
}
