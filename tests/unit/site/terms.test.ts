import { expect, test } from 'vitest';
import { termsUsed } from '../../../src/lib/site/terms.ts';

const terms = [
	{ id: 'rural-revitalization', zh: '乡村振兴', en: 'rural revitalization' },
	{ id: 'industrial-internet', zh: '产业互联网', en: 'industrial internet' },
];

test('a term counts when either language uses it, case-insensitively in English', () => {
	expect(termsUsed(terms, { zh: '推进乡村振兴。', en: '' }).map((t) => t.id)).toEqual(['rural-revitalization']);
	expect(termsUsed(terms, { zh: '', en: 'The Industrial Internet is…' }).map((t) => t.id)).toEqual(['industrial-internet']);
	expect(termsUsed(terms, { zh: '工业互联网', en: 'industry' })).toEqual([]);
});
