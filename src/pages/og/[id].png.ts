/** `/og/<id>.png`: a proposal's bilingual social card, rendered at build time (lib/cards/render.ts). */
import type { APIRoute } from 'astro';
import { getArchive, type Proposal } from '../../content.ts';
import { UI } from '../../i18n/translate.ts';
import { proposalCardFacts } from '../../lib/cards/layout.ts';
import { renderCard } from '../../lib/cards/render.ts';
import { prerenderCards, startedCards } from '../../lib/cards/pool.ts';

const site = { zh: UI.zh['site.name'], en: UI.en['site.name'] };

let ready = new Map<string, Promise<void>>();

export async function getStaticPaths() {
	const { proposals } = await getArchive();
	// In a build the content check has already started rendering the missing cards on every
	// core (lib/cards/early.ts); otherwise start now, while the pages are generated.
	if (import.meta.env.PROD) ready = startedCards() ?? prerenderCards(proposals.map((p) => ({ id: p.id, facts: proposalCardFacts(p, site) })));
	return proposals.map((proposal) => ({ params: { id: proposal.id }, props: { proposal } }));
}

export const GET: APIRoute = async ({ props }) => {
	const proposal = props.proposal as Proposal;
	await ready.get(proposal.id);
	return new Response(await renderCard(proposalCardFacts(proposal, site)), { headers: { 'Content-Type': 'image/png' } });
};
