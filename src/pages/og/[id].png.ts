/**
 * `/og/<id>.png`: a proposal's bilingual social card (lib/cards/render.ts), in dev. A build
 * links the cards into dist/og/ itself, straight from the card processes' cache (lib/cards/pool.ts),
 * so this route adds no pages to it.
 */
import type { APIRoute } from 'astro';
import { getArchive, type Proposal } from '../../content.ts';
import { UI } from '../../i18n/translate.ts';
import { proposalCardFacts } from '../../lib/cards/layout.ts';
import { renderCard } from '../../lib/cards/render.ts';

const site = { zh: UI.zh['site.name'], en: UI.en['site.name'] };

export async function getStaticPaths() {
	if (import.meta.env.PROD) return [];
	const { proposals } = await getArchive();
	return proposals.map((proposal) => ({ params: { id: proposal.id }, props: { proposal } }));
}

export const GET: APIRoute = async ({ props }) => {
	const proposal = props.proposal as Proposal;
	return new Response(await renderCard(proposalCardFacts(proposal, site)), { headers: { 'Content-Type': 'image/png' } });
};
