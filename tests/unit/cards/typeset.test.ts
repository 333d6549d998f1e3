import { describe, expect, test } from 'vitest';
import { GEOMETRY, MARGIN_X, OG_HEIGHT, OG_WIDTH, TEXT_WIDTH } from '../../../src/lib/cards/layout.ts';
import { measure, typesetCard, wrap, type SetLine, type Style } from '../../../src/lib/cards/typeset.ts';
import { facts, long, short } from '../../support/card-facts.ts';

const body: Style = { size: 32, weight: 400, colour: 'ink' };
const texts = (lines: SetLine[]) => lines.map((line) => line.text);

describe('wrapping with the real fonts', () => {
	test('Chinese breaks between characters, never before closing punctuation', () => {
		const lines = wrap('一二三四五，六七八九十', measure('一二三四五', body) + 1, body, 5);
		expect(lines).toEqual(['一二三四', '五，六七八', '九十']);
	});

	test('Latin breaks between words; a word longer than the line is broken between letters', () => {
		expect(wrap('alpha beta gamma', measure('alpha beta', body) + 1, body, 5)).toEqual(['alpha beta', 'gamma']);
		const word = 'x'.repeat(40);
		const lines = wrap(word, measure('x'.repeat(10), body) + 1, body, 10);
		expect(lines.join('')).toBe(word);
		expect(lines.every((line) => measure(line, body) <= measure('x'.repeat(10), body) + 1)).toBe(true);
	});

	test('text beyond the last line ends that line in an ellipsis, within the width', () => {
		const width = measure('一二三四五', body);
		const lines = wrap('一二三四五六七八九十一二三', width, body, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1]!.endsWith('…')).toBe(true);
		expect(lines[1]).not.toContain(' ');
		expect(measure(lines[1]!, body)).toBeLessThanOrEqual(width);
		// English runs on into the next word, with the space between them.
		expect(wrap('alpha beta gamma delta', measure('alpha beta g…', body) + 1, body, 1)).toEqual(['alpha beta g…']);
	});

	test('a lone character does not end a title: it takes the one before along', () => {
		const width = measure('一二三四五', body) + 1;
		expect(wrap('一二三四五六', width, body, 3, true)).toEqual(['一二三四', '五六']);
		expect(wrap('一二三四五六', width, body, 3)).toEqual(['一二三四五', '六']);
	});

	test('curly quotes and ellipses are full-width in Chinese, their own width in English', () => {
		expect(measure('“网”', body)).toBeCloseTo(measure('一一一', body));
		expect(measure('People’s', body)).toBeLessThan(measure('Peoples', body) + 0.3 * body.size);
	});
});

describe('the card', () => {
	test('shows the site, both titles, the person in both languages, the session and the year', () => {
		const card = typesetCard(short);
		expect(card).toMatchObject({ width: OG_WIDTH, height: OG_HEIGHT });
		const all = texts(card.lines);
		for (const text of ['议', short.title.zh, short.title.en, '马化腾', 'Ma Huateng', '两会科技建议档案', 'Two Sessions Tech Proposals', '2020', `${short.session.zh} · ${short.session.en}`]) expect(all).toContain(text);
		expect(card.lines.find((l) => l.text === short.title.zh)).toMatchObject({ size: 64, weight: 700, colour: 'ink' });
		expect(card.lines.find((l) => l.text === short.title.en)).toMatchObject({ size: 32, weight: 400, colour: 'muted' });
		// Every character has a glyph (spaces too: they advance the pen).
		expect(card.glyphs.length).toBe([...all.join('')].length);
	});

	test('a runaway title is set smaller and clamped: three lines of Chinese, ending in an ellipsis', () => {
		const card = typesetCard(long);
		const zh = card.lines.filter((l) => l.colour === 'ink' && l.top > GEOMETRY.titles.top && l.top < GEOMETRY.titles.bottom);
		expect(zh).toHaveLength(3);
		expect(zh[0]!.size).toBeLessThan(64);
		expect(zh.at(-1)!.text.endsWith('…')).toBe(true);
		const en = card.lines.filter((l) => l.colour === 'muted' && l.top > GEOMETRY.titles.top && l.top < GEOMETRY.titles.bottom);
		expect(en.length).toBeGreaterThan(0);
		expect(en.at(-1)!.text.endsWith('…')).toBe(true);
	});

	test('every line stays inside the margins, and the titles between header and rule', () => {
		for (const card of [short, long, facts({ zh: '短', en: 'word '.repeat(300) }), facts({ zh: '长'.repeat(500), en: 'x' })].map(typesetCard)) {
			for (const line of card.lines) {
				expect(line.x, line.text).toBeGreaterThanOrEqual(MARGIN_X);
				expect(line.x + line.width, line.text).toBeLessThanOrEqual(MARGIN_X + TEXT_WIDTH + 0.5);
			}
			const titles = card.lines.filter((l) => l.top > GEOMETRY.header.top + GEOMETRY.header.height && l.top < GEOMETRY.rule.top);
			for (const line of titles) expect(line.top + line.size * GEOMETRY.leading, line.text).toBeLessThanOrEqual(GEOMETRY.rule.top);
		}
	});

	test('a long English name and session are cut to one line before the year', () => {
		const card = typesetCard({ ...short, person: { zh: '马化腾', en: 'Ma Huateng '.repeat(20) }, session: { zh: '会议', en: 'Session '.repeat(40) } });
		const year = card.lines.find((l) => l.text === '2020')!;
		for (const line of card.lines.filter((l) => l.top >= GEOMETRY.person.top && l !== year)) {
			expect(line.x + line.width, line.text).toBeLessThanOrEqual(year.x - GEOMETRY.year.gap + 0.5);
		}
		expect(card.lines.filter((l) => l.text.endsWith('…'))).toHaveLength(2);
	});

	test('an undated proposal has no year, only its session label', () => {
		const card = typesetCard({ ...short, year: undefined, session: { zh: '年份未能确定', en: 'Year not established' } });
		const all = texts(card.lines);
		expect(all).toContain('年份未能确定 · Year not established');
		expect(all.some((t) => /^\d{4}$/.test(t))).toBe(false);
	});
});
