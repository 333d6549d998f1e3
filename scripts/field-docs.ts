/** `npm run docs:fields`: regenerate the field reference in content/README.md from the schemas. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withFieldReference } from '../src/lib/maintain/field-docs.ts';

const file = join(import.meta.dirname, '..', 'content', 'README.md');
writeFileSync(file, withFieldReference(readFileSync(file, 'utf8')));
console.log('content/README.md: field reference regenerated.');
