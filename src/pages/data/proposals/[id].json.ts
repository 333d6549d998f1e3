/** `/data/proposals/<id>.json`: one proposal, in the same shape as an entry of proposals.json. */
import type { APIRoute } from 'astro';
import { exportedArchive, getArchive } from '../../../content.ts';

export async function getStaticPaths() {
	return (await getArchive()).proposals.map((p) => ({ params: { id: p.id } }));
}

export const GET: APIRoute = async ({ params, site }) => {
	const { proposals } = await exportedArchive(site!);
	return Response.json(proposals.find((p) => p.id === params.id));
};
