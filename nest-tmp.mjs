import { mdxToMdast } from 'satteri';
const kinds = {
  quote: (n) => '> '.repeat(n) + 'x',
  list: (n) => Array.from({length:n}, (_, i) => '  '.repeat(i) + '- x').join('\n'),
  emph: (n) => '*_'.repeat(n) + 'x' + '_*'.repeat(n),
  link: (n) => '['.repeat(n) + 'x' + '](http://a)'.repeat(n),
  jsx: (n) => '<Term id="a">'.repeat(n) + 'x' + '</Term>'.repeat(n),
};
const [kind, n] = [process.argv[2], Number(process.argv[3])];
try { const t = mdxToMdast(kinds[kind](n)); let d=0; const walk=(x,k)=>{d=Math.max(d,k);(x.children||[]).forEach(c=>walk(c,k+1))}; walk(t,0); console.log(kind, n, 'ok depth', d); } catch (e) { console.log(kind, n, 'error', e.message.slice(0,100)); }
