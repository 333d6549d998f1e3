/** `/data/index.json`: the way into the data: every session with its file and count (README, Data). */
import type { APIRoute } from 'astro';
import { getArchive } from '../../content.ts';

export const GET: APIRoute = async ({ site }) => {
	const { sessions, bySession } = await getArchive();
	return Response.json({
		generated: new Date().toISOString().slice(0, 10),
		sessions: sessions.map((s) => ({ session: s.id, year: s.year ?? null, count: bySession.get(s.id)!.length, url: new URL(`/data/sessions/${s.id}.json`, site).href })),
	});
};
