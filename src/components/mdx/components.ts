/**
 * The components content MDX may use, as handed to every rendering of a text: exactly the
 * content check's allow-list (lib/check/mdx.ts), which `satisfies` holds to at type-check time.
 */
import type { AllowedComponent } from '../../lib/check/mdx.ts';
import Cite from './Cite.astro';
import Ref from './Ref.astro';
import Term from './Term.astro';

export const MDX_COMPONENTS = { Cite, Ref, Term } satisfies Record<AllowedComponent, unknown>;
