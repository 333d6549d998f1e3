/** `/data/proposals/<id>.json`: one proposal with all its facts and both full texts. */
import type { APIRoute } from 'astro';
import { exportedProposal, getArchive, type Proposal } from '../../../content.ts';

export async function getStaticPaths() {
	// Proposals whose export is copied from the last build are left out (lib/build/page-cache.ts).
	const { proposals, reused } = await getArchive();
	return proposals.filter((p) => !reused.has(p.id)).map((proposal) => ({ params: { id: proposal.id }, props: { proposal } }));
}

// Each page exports only its own proposal: exporting the whole archive per page was O(N²).
export const GET: APIRoute = ({ props, site }) => Response.json(exportedProposal(props.proposal as Proposal, site!));
