/**
 * The two bodies in words, derived from the data rather than written out per page: a
 * person's body in a year (from their roles), and a session's full name from its term and
 * session numbers. Every label on the site comes from here.
 */
import type { Body, Kind, Lang, Person, Role, Session } from './schema.ts';

/** The role a person held in `year`; for an undated proposal, the body they only ever sat in. */
export function roleIn(person: Pick<Person, 'roles'>, year: number | undefined): Role | undefined {
	if (year === undefined) {
		const bodies = new Set(person.roles.map((role) => role.body));
		return bodies.size === 1 ? person.roles[0] : undefined;
	}
	return person.roles.find((role) => role.from <= year && year <= (role.to ?? Infinity));
}

/** Whether roles run oldest first, each ending after it starts, without overlapping. */
export function rolesInOrder(roles: readonly Pick<Role, 'from' | 'to'>[]): boolean {
	return roles.every((role, i) => {
		const previous = roles[i - 1];
		return (role.to === undefined || role.to >= role.from) && (!previous || (previous.to !== undefined && previous.to < role.from));
	});
}

/** The kinds of document a member of each body files. */
export const KINDS_OF_BODY: Readonly<Record<Body, readonly Kind[]>> = { npc: ['suggestion', 'motion'], cppcc: ['proposal'] };

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * A number up to 99 in Chinese numerals. @example chineseNumber(13) → '十三'
 */
export function chineseNumber(n: number): string {
	if (n < 10) return CHINESE_DIGITS[n]!;
	const tens = Math.floor(n / 10);
	const ones = n % 10;
	return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones ? CHINESE_DIGITS[ones] : ''}`;
}

const ORDINALS = ['', 'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh'];
const englishOrdinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;

/**
 * A body's session in full. @example sittingLabel('cppcc', { term: 13, session: 3 }, 'en')
 * → 'Third Session of the 13th National Committee of the CPPCC'
 */
export function sittingLabel(body: Body, { term, session }: { term: number; session: number }, lang: Lang): string {
	if (lang === 'zh') {
		return body === 'npc'
			? `第${chineseNumber(term)}届全国人民代表大会第${chineseNumber(session)}次会议`
			: `中国人民政治协商会议第${chineseNumber(term)}届全国委员会第${chineseNumber(session)}次会议`;
	}
	const which = ORDINALS[session] ?? `Session ${session}`;
	return body === 'npc' ? `${which} Session of the ${englishOrdinal(term)} National People’s Congress` : `${which} Session of the ${englishOrdinal(term)} National Committee of the CPPCC`;
}

/** The session's name for one body, if the data gives its numbers. */
export function sessionLabel(session: Pick<Session, 'npc' | 'cppcc'>, body: Body, lang: Lang): string | undefined {
	const sitting = session[body];
	return sitting && sittingLabel(body, sitting, lang);
}
