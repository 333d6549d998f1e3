/** Social card facts the card tests share: a short title, and a runaway one in both languages. */
import type { CardFacts } from '../../src/lib/cards/layout.ts';

export const facts = (title: CardFacts['title'], year: number | undefined = 2020): CardFacts => ({
	title,
	person: { zh: '马化腾', en: 'Ma Huateng' },
	session: { zh: '第十三届全国人民代表大会第三次会议', en: 'Third Session of the 13th National People’s Congress' },
	year,
	site: { zh: '两会科技建议档案', en: 'Two Sessions Tech Proposals' },
});
export const short = facts({ zh: '改善医疗服务，提升医生获得感', en: 'Better medical services and a greater sense of gain for doctors' });
export const long = facts({
	zh: '关于发挥协同创新优势打造粤港澳世界级科技湾区并且进一步推动区域融合发展率先突破以及加快制定产业互联网国家战略壮大数字经济的建议',
	en: 'Suggestion on bringing the strengths of collaborative innovation into play to build a world-class Guangdong-Hong Kong-Macao science and technology bay area, and on speeding up a national industrial internet strategy',
});
