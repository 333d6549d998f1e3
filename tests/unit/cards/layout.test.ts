import { describe, expect, test } from 'vitest';
import { cardFacts, estimateLines, pieces, proposalCardFacts, segments, TITLE_SPACE, titleClamps, titleLayout, titlesHeight, truncate } from '../../../src/lib/cards/layout.ts';
import { facts, long, short } from '../../support/card-facts.ts';

describe('line estimates', () => {
	test('Chinese breaks between characters, punctuation stays with the character before it', () => {
		expect(segments('改善，提升')).toEqual(['改', '善，', '提', '升']);
		expect(pieces('改善，提升')).toEqual([1, 2, 1, 1]);
		expect(pieces('“互联网”')).toEqual([2, 1, 2]);
		expect(estimateLines('一'.repeat(16), 64, 1040)).toBe(1);
		expect(estimateLines('一'.repeat(17), 64, 1040)).toBe(2);
	});

	test('Latin breaks between words only', () => {
		expect(segments('to build')).toEqual(['to ', 'build']);
		expect(pieces('to build')).toEqual([0.28 + 2 * 0.56, 5 * 0.56]);
		// 10 words of 10 letters: 5.88em each, 3 to a 20em line.
		expect(estimateLines(Array(10).fill('abcdefghij').join(' '), 10, 200)).toBe(4);
	});
});

describe('titles fit the card', () => {
	test('a short title is set large and unclamped', () => {
		const layout = titleLayout(short.title);
		expect(layout).toEqual({ zh: { size: 64, lines: 1 }, en: { size: 32, lines: 1 } });
		expect(titleClamps(layout).zh).toBeGreaterThanOrEqual(1);
	});

	test('a runaway title is set smaller and clamped: Chinese to 3 lines, English to what is left', () => {
		const layout = titleLayout(long.title);
		expect(layout.zh.size).toBeLessThan(64);
		const clamps = titleClamps(layout);
		expect(clamps.zh).toBe(3);
		expect(clamps.en).toBeLessThanOrEqual(3);
	});

	test('either title may take a line more than estimated, yet neither runs into the footer', () => {
		for (const { title } of [short, long, facts({ zh: '短', en: 'word '.repeat(300) }), facts({ zh: '长'.repeat(500), en: 'x' })]) {
			const layout = titleLayout(title);
			const clamps = titleClamps(layout);
			const lines = (estimated: number, clamp: number) => Math.min(estimated, clamp);
			const { zh, en } = layout;
			expect(titlesHeight({ zh: { ...zh, lines: clamps.zh }, en: { ...en, lines: lines(en.lines, clamps.en) } }), title.en).toBeLessThanOrEqual(TITLE_SPACE);
			expect(titlesHeight({ zh: { ...zh, lines: lines(zh.lines, clamps.zh) }, en: { ...en, lines: clamps.en } }), title.en).toBeLessThanOrEqual(TITLE_SPACE);
		}
	});

	test('text is capped before layout, with an ellipsis', () => {
		expect(truncate('abcdef', 4)).toBe('abc…');
		expect(truncate('  马化腾 ', 4)).toBe('马化腾');
		expect([...cardFacts(facts({ zh: '长'.repeat(500), en: 'x' })).title.zh].length).toBe(90);
	});
});

describe('the card', () => {
	test('a proposal maps to its facts', () => {
		const p = { title: { zh: '标题', en: 'Title' }, person: { name: { zh: '雷军', en: 'Lei Jun' } }, sitting: { label: { zh: '会议', en: 'Session' } }, sessionInfo: { name: { zh: '2021', en: '2021' } }, year: 2021 };
		expect(proposalCardFacts(p, { zh: '站', en: 'Site' })).toEqual({
			title: { zh: '标题', en: 'Title' },
			person: { zh: '雷军', en: 'Lei Jun' },
			session: { zh: '会议', en: 'Session' },
			year: 2021,
			site: { zh: '站', en: 'Site' },
		});
	});
});
