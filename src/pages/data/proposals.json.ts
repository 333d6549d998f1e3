/** `/data/proposals.json`: every proposal, both languages, all facts. Documented in the README. */
import type { APIRoute } from 'astro';
import { exportedArchive } from '../../content.ts';

export const GET: APIRoute = async ({ site }) => Response.json(await exportedArchive(site!));
