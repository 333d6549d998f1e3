import { describe, expect, test } from 'vitest';
import { digestOf, proposalPageKeys } from '../../../src/lib/build/page-keys.ts';

type P = { id: string; text: string; shows: string[] };
/** Proposals a–d: a's page shows b (say, its next) and c (related); d is shown by no one. */
const archive = (change: Partial<Record<string, string>> = {}, shared = 'shared'): Map<string, string> => {
	const proposals: P[] = [
		{ id: 'a', text: change.a ?? 'text a', shows: ['b', 'c'] },
		{ id: 'b', text: change.b ?? 'text b', shows: ['a'] },
		{ id: 'c', text: change.c ?? 'text c', shows: [] },
		{ id: 'd', text: change.d ?? 'text d', shows: [] },
	];
	const byId = new Map(proposals.map((p) => [p.id, p]));
	return proposalPageKeys(proposals, { own: (p) => digestOf(p.text), shown: (p) => p.shows.map((id) => byId.get(id)), shared });
};

describe('page keys: what a proposal page shows changes its key, nothing else does', () => {
	const before = archive();

	test('its own text', () => {
		expect(archive({ a: 'new' }).get('a')).not.toBe(before.get('a'));
	});

	test('a proposal it shows (a neighbour, a related one), but not one that shows it', () => {
		const after = archive({ c: 'new' });
		expect(after.get('a')).not.toBe(before.get('a'));
		expect(after.get('b')).toBe(before.get('b'));
		expect(after.get('c')).not.toBe(before.get('c'));
	});

	test('an unrelated proposal leaves it alone', () => {
		const after = archive({ d: 'new' });
		expect(['a', 'b', 'c'].map((id) => after.get(id))).toEqual(['a', 'b', 'c'].map((id) => before.get(id)));
	});

	test('the shared data (people, themes, sessions, sources, glossary …) changes every key', () => {
		const after = archive({}, 'other shared');
		for (const id of ['a', 'b', 'c', 'd']) expect(after.get(id)).not.toBe(before.get(id));
	});

	test('parts are kept apart: moving text from one part to the next is a different digest', () => {
		expect(digestOf('ab', 'c')).not.toBe(digestOf('a', 'bc'));
	});
});
