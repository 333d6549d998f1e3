import { expect, test } from 'vitest';
import { useTranslations } from '../../../src/i18n/translate.ts';
import { noTextNotice } from '../../../src/lib/site/no-text.ts';

test('a proposal without text says whether a source names the document or only its subject', () => {
	const en = useTranslations('en');
	const zh = useTranslations('zh');
	expect(noTextNotice(en, { kind: 'proposal', subjectOnly: false, person: 'Robin Li' })).toBe('Known by its title only: the sources name this proposal but do not report what it says, so the archive gives no text for it.');
	expect(noTextNotice(en, { kind: 'suggestion', subjectOnly: true, person: 'Ma Huateng' })).toBe(
		'Known by its subject only: the sources list this among the subjects Ma Huateng raised that session, without saying whether it was a suggestion of its own or what it said, so the archive gives no text for it.'
	);
	expect(noTextNotice(zh, { kind: 'proposal', subjectOnly: true, person: '丁磊' })).toBe('仅知主题：来源把它列为丁磊当年所提的主题之一，但没有说明它是否单独成为一份提案，也没有报道其内容，因此本站不提供正文。');
});
