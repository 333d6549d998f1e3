/** `/data/{index,session,proposal}.schema.json`: JSON Schemas of the data files, generated from lib/data/export.ts. */
import { z } from 'astro/zod';
import type { APIRoute } from 'astro';
import { exportedIndexSchema, exportedProposalSchema, exportedSessionSchema } from '../../lib/data/export.ts';

const SCHEMAS = { index: exportedIndexSchema, session: exportedSessionSchema, proposal: exportedProposalSchema };

export const getStaticPaths = () => Object.keys(SCHEMAS).map((schema) => ({ params: { schema } }));

export const GET: APIRoute = ({ params }) => Response.json(z.toJSONSchema(SCHEMAS[params.schema as keyof typeof SCHEMAS], { target: 'draft-2020-12' }));
