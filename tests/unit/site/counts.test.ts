import { expect, test } from 'vitest';
import { reportedCounts } from '../../../src/lib/site/counts.ts';

test('each reported number once, with its sources, in either language', () => {
	const reports = [
		{ count: 5, by: 'A' },
		{ count: 4, by: 'B' },
		{ count: 5, by: 'C' },
	];
	expect(reportedCounts(reports, 'en')).toBe('5 (A, C); 4 (B)');
	expect(reportedCounts(reports, 'zh')).toBe('5（A、C）；4（B）');
	expect(reportedCounts([{ count: 7, by: '新华社' }], 'zh')).toBe('7（新华社）');
});
