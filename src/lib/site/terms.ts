/**
 * Which glossary terms a proposal uses, and the words a search should find it by. A term
 * counts when its Chinese form or a Chinese variant is in the Chinese text, or its English form
 * or an English variant in the English text. Computed, never hand-listed.
 */
import type { Term } from '../model/schema.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An English word or phrase as a whole word, case-insensitive unless it is an abbreviation
 * written in capitals ("AI" must not match "said").
 */
function englishPattern(word: string): RegExp {
	let pattern = patterns.get(word);
	if (!pattern) {
		pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, CAPITALS.test(word) ? 'u' : 'iu');
		patterns.set(word, pattern);
	}
	return pattern;
}
/** An abbreviation in capitals (and digits): matched case-sensitively. */
const CAPITALS = /^[\p{Lu}\p{N}]+$/u;

/** Compiled once per word: the archive asks about every term for every proposal. */
const patterns = new Map<string, RegExp>();

/** @example termsUsed([{ id: 'x', zh: '乡村振兴', en: 'rural revitalization' }], { zh: '…乡村振兴…', en: '' }) → [that term] */
export function termsUsed(terms: readonly Term[], texts: { zh: string; en: string }): Term[] {
	// A plain substring search rules out most words before their pattern runs (the archive asks
	// about every term for every proposal). Only for ASCII words: the pattern's case-insensitive
	// match allows what lower case does, and the long s (ſ), which folds to s.
	const lowerEn = texts.en.toLowerCase().replaceAll('ſ', 's');
	const mayContain = (word: string) => !/^[\x20-\x7e]+$/.test(word) || (CAPITALS.test(word) ? texts.en.includes(word) : lowerEn.includes(word.toLowerCase()));
	return terms.filter((term) => {
		const zh = [term.zh, ...(term.variants?.zh ?? [])];
		const en = [term.en, ...(term.variants?.en ?? [])];
		return zh.some((word) => texts.zh.includes(word)) || en.some((word) => mayContain(word) && englishPattern(word).test(texts.en));
	});
}

/** Every form of a term, both languages: what a page using it is indexed under. */
export const termForms = (term: Term): string[] => [term.zh, term.en, ...(term.variants?.zh ?? []), ...(term.variants?.en ?? [])];
