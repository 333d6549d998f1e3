/**
 * Each text in its own language: Simplified characters only (judged by OpenCC's tables, not a
 * hand list), no English prose in zh.mdx and no Chinese prose in en.mdx. Titles of works in
 * 《》 and quotations in “” are exempt: a Chinese page may name an English report and an
 * English page may give an official Chinese title.
 */
import STPhrases from 'opencc-js/dict/STPhrases';
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import type { Lang } from '../model/schema.ts';
import type { MdxProblem, ProseBlock } from './mdx.ts';

const entries = (table: string) => table.split('|').map((line) => line.split(' '));

let traditional: Map<string, string> | undefined;

/**
 * Characters that are Traditional only, with their Simplified form: OpenCC converts them, and
 * Simplified Chinese neither has them as characters nor uses them in any phrase (乾 stays: 乾隆).
 */
function traditionalTable(): Map<string, string> {
	if (traditional) return traditional;
	const simplified = new Set([...entries(STCharacters).map(([s]) => s!), ...entries(TSCharacters).flatMap(([, ...s]) => s)]);
	const inPhrases = new Set(entries(STPhrases).flatMap(([phrase]) => [...phrase!]));
	traditional = new Map(
		entries(TSCharacters)
			.filter(([t, ...s]) => !s.includes(t!) && !simplified.has(t!) && !inPhrases.has(t!))
			.map(([t, s]) => [t!, s!])
	);
	return traditional;
}

/** Text outside 《titles》 and “quotations”. */
const unquoted = (text: string) => text.replace(/《[^》]*》|“[^”]*”/g, ' ');

const ENGLISH_RUN = /[A-Za-z][A-Za-z'’-]*(?:[\s,;:]+[A-Za-z][A-Za-z'’-]*){5,}/;
const CHINESE_RUN = /[\u3400-\u9fff\uf900-\ufaff，。、；：？！]{20,}/u;

/** Problems with the language of a text's prose blocks. */
export function languageProblems(blocks: readonly ProseBlock[], lang: Lang): MdxProblem[] {
	const problems: MdxProblem[] = [];
	const table = traditionalTable();
	const reported = new Set<string>();
	for (const { text, line } of blocks) {
		for (const char of text) {
			const simple = table.get(char);
			if (simple && !reported.has(char)) {
				reported.add(char);
				problems.push({ line, field: 'body', problem: `Traditional character "${char}"`, expected: `Simplified "${simple}" (the site is written in Simplified Chinese)` });
			}
		}
		const run = (lang === 'zh' ? ENGLISH_RUN : CHINESE_RUN).exec(unquoted(text));
		if (run) {
			problems.push(
				lang === 'zh'
					? { line, field: 'body', problem: `English prose in zh.mdx: "${run[0].slice(0, 40)}"`, expected: 'Chinese (English names and titles go in 《》 or “”)' }
					: { line, field: 'body', problem: `Chinese prose in en.mdx: "${run[0].slice(0, 20)}"`, expected: 'English (Chinese titles and terms go in 《》 or “”)' }
			);
		}
	}
	return problems;
}
