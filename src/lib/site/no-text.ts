/** Why a proposal has no text: the notice its page and the feeds show in its place. */
import type { Translate } from '../../i18n/translate.ts';
import type { Kind } from '../model/schema.ts';

/**
 * Known by its title only, or only as a subject the person raised that session (the sources
 * list the subject without tying it to one document), in the page's language.
 * @example noTextNotice(useTranslations('en'), { kind: 'proposal', subjectOnly: true, person: 'Ding Lei' }) → 'Known by its subject only: … Ding Lei raised … a proposal of its own …'
 */
export function noTextNotice(t: Translate, proposal: { kind: Kind; subjectOnly: boolean; person: string }): string {
	return t(proposal.subjectOnly ? 'proposal.subjectOnly' : 'proposal.titleOnly', { kind: t(`kind.${proposal.kind}`).toLowerCase(), person: proposal.person });
}
