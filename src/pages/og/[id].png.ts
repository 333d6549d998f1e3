/** `/og/<id>.png`: a proposal's bilingual social card, rendered at build time (lib/og-image.ts). */
import type { APIRoute } from 'astro';
import { getArchive, type Proposal } from '../../content.ts';
import { UI } from '../../i18n/translate.ts';
import { proposalCardFacts } from '../../lib/og-card.ts';
import { renderCard } from '../../lib/og-image.ts';

export async function getStaticPaths() {
	return (await getArchive()).proposals.map((proposal) => ({ params: { id: proposal.id }, props: { proposal } }));
}

const site = { zh: UI.zh['site.name'], en: UI.en['site.name'] };

export const GET: APIRoute = async ({ props }) =>
	new Response(await renderCard(proposalCardFacts(props.proposal as Proposal, site)), { headers: { 'Content-Type': 'image/png' } });
