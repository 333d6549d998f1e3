import { describe, expect, test } from 'vitest';
import { cardElement, estimateLines, OG_HEIGHT, OG_WIDTH, pieces, proposalCardFacts, TITLE_SPACE, titleClamps, titleLayout, titlesHeight, truncate, type CardFacts, type CardNode } from '../../../src/lib/cards/layout.ts';

const facts = (title: CardFacts['title'], year: number | undefined = 2020): CardFacts => ({
	title,
	person: { zh: '马化腾', en: 'Ma Huateng' },
	session: { zh: '第十三届全国人民代表大会第三次会议', en: "Third Session of the 13th National People's Congress" },
	year,
	site: { zh: '两会科技建议档案', en: 'Two Sessions Tech Proposals' },
});
const short = facts({ zh: '改善医疗服务，提升医生获得感', en: 'Better medical services and a greater sense of gain for doctors' });
const long = facts({
	zh: '关于发挥协同创新优势打造粤港澳世界级科技湾区并且进一步推动区域融合发展率先突破以及加快制定产业互联网国家战略壮大数字经济的建议',
	en: 'Suggestion on bringing the strengths of collaborative innovation into play to build a world-class Guangdong-Hong Kong-Macao science and technology bay area, and on speeding up a national industrial internet strategy',
});

/** Every text in a tree, with the style of the node that holds it. */
function texts(node: CardNode): { text: string; style: Record<string, string | number> }[] {
	const { children, style = {} } = node.props;
	if (typeof children === 'string') return [{ text: children, style }];
	return (Array.isArray(children) ? children : children ? [children] : []).flatMap(texts);
}
const styleOf = (tree: CardNode, text: string) => texts(tree).find((t) => t.text === text)?.style;

describe('line estimates', () => {
	test('Chinese breaks between characters, punctuation stays with the character before it', () => {
		expect(pieces('改善，提升')).toEqual([1, 2, 1, 1]);
		expect(pieces('“互联网”')).toEqual([2, 1, 2]);
		expect(estimateLines('一'.repeat(16), 64, 1040)).toBe(1);
		expect(estimateLines('一'.repeat(17), 64, 1040)).toBe(2);
	});

	test('Latin breaks between words only', () => {
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
		const tree = cardElement(long);
		const zh = texts(tree).find((t) => t.text.startsWith('关于发挥'))!;
		expect(zh.style).toMatchObject({ lineClamp: 3, textOverflow: 'ellipsis' });
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
		const tree = cardElement(facts({ zh: '长'.repeat(500), en: 'x' }));
		expect([...texts(tree).find((t) => t.text.startsWith('长'))!.text].length).toBeLessThanOrEqual(90);
	});
});

describe('the card', () => {
	test('is 1200×630 and shows both titles, the person in both languages, the session, year and site', () => {
		const tree = cardElement(short);
		expect(tree.props.style).toMatchObject({ width: OG_WIDTH, height: OG_HEIGHT });
		const all = texts(tree).map((t) => t.text);
		for (const text of [short.title.zh, short.title.en, '马化腾', 'Ma Huateng', '两会科技建议档案', 'Two Sessions Tech Proposals', '2020']) expect(all).toContain(text);
		expect(all).toContain(`${short.session.zh} · ${short.session.en}`);
		expect(styleOf(tree, short.title.zh)).toMatchObject({ fontWeight: 700 });
	});

	test('an undated proposal has no year, only its session label', () => {
		const tree = cardElement({ ...short, year: undefined, session: { zh: '年份未能确定', en: 'Year not established' } });
		const all = texts(tree).map((t) => t.text);
		expect(all).toContain('年份未能确定 · Year not established');
		expect(all.some((t) => /^\d{4}$/.test(t))).toBe(false);
	});

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
