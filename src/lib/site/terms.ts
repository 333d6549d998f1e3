/**
 * Which glossary terms a proposal uses: a term counts when its Chinese form is in the Chinese
 * text or its English form in the English text. Computed, never hand-listed.
 */
import type { Term } from '../model/schema.ts';

/** @example termsUsed([{ id: 'x', zh: '乡村振兴', en: 'rural revitalization' }], { zh: '…乡村振兴…', en: '' }) → [that term] */
export function termsUsed(terms: readonly Term[], texts: { zh: string; en: string }): Term[] {
	const en = texts.en.toLowerCase();
	return terms.filter((term) => texts.zh.includes(term.zh) || en.includes(term.en.toLowerCase()));
}
