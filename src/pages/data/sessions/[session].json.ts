/** `/data/sessions/<session>.json`: the proposals of one session, all facts but the full texts. */
import type { APIRoute } from 'astro';
import { exportedSession, getArchive, type SessionInfo } from '../../../content.ts';

export async function getStaticPaths() {
	const { sessions, bySession } = await getArchive();
	return sessions.map((session) => ({ params: { session: session.id }, props: { session, proposals: bySession.get(session.id)! } }));
}

export const GET: APIRoute = ({ props, site }) => Response.json(exportedSession(props.session as SessionInfo, props.proposals, site!));
