/** `/data/proposal.schema.json`: JSON Schema of one exported proposal, generated from lib/data/export.ts. */
import { z } from 'astro/zod';
import { exportedProposalSchema } from '../../lib/data/export.ts';

export const GET = () => Response.json(z.toJSONSchema(exportedProposalSchema, { target: 'draft-2020-12' }));
