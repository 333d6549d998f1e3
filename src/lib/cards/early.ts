/**
 * Every proposal's card, worked out from the checked content files instead of the archive, so
 * a build can start rendering the cards as soon as the content check has passed
 * (integrations/content-check.ts): they then render beside Vite's bundling, which leaves a
 * core idle, instead of only beside the pages. The facts are the ones content.ts gives the dev
 * card route (title, person, the body's session, year); a build test checks that each card says
 * what its proposal's page says.
 */
import type { ContentFiles } from '../check/read.ts';
import { roleIn, sessionLabel } from '../model/bodies.ts';
import type { Lang, Person, ProposalMeta, ProposalText, Session } from '../model/schema.ts';
import { proposalCardFacts, type CardFacts } from './layout.ts';

type Pair = Record<Lang, string>;
const both = <T,>(f: (lang: Lang) => T): Record<Lang, T> => ({ zh: f('zh'), en: f('en') });

/** `site`: the site's name; `undated`: the name of the undated session, in each language. */
export function cardsFromContent(files: ContentFiles, site: Pair, undated: Pair): { id: string; facts: CardFacts }[] {
	const people = new Map((files.data.people.data as Person[]).map((p) => [p.id, p]));
	const sessions = new Map((files.data.sessions.data as Session[]).map((s) => [s.id, s]));
	return files.proposals.map(({ id, meta, texts }) => {
		const data = meta.data as ProposalMeta;
		const person = people.get(data.person)!;
		const session = sessions.get(data.session)!;
		const role = roleIn(person, session.year);
		const label = role && session[role.body] ? both((lang) => sessionLabel(session, role.body, lang)!) : undefined;
		const title = data.titleOnly ? data.title! : both((lang) => (texts[lang]!.frontmatter!.data as ProposalText).title);
		const facts = proposalCardFacts(
			{ title, person, sitting: label && { label }, sessionInfo: { name: both((lang) => (session.year ? String(session.year) : undated[lang])) }, year: session.year },
			site
		);
		return { id, facts };
	});
}
