import { analyze } from '../server/src/core/analyze.ts';
import { loadFactStore } from '../server/src/facts/load.ts';
import { makeDraft } from './corpus.ts';
import * as fs from 'node:fs';
const store = loadFactStore({ includeDefault: true });
const draft = makeDraft(1048576, 3);
const dirs = ['/tmp/articles','/tmp/articles2','/tmp/articles3','/tmp/articles4','/tmp/articles5'];
const en = dirs.flatMap(d => fs.readdirSync(d).filter(f=>f.startsWith('en-')).map(f=>fs.readFileSync(d+'/'+f,'utf8'))).join('\n\n');
for (let i=0;i<3;i++) { analyze(draft, {}, store); analyze(en, {}, store); }
const best=(t: string)=>{let b=1e9; for(let i=0;i<8;i++){const a=performance.now(); analyze(t,{},store); b=Math.min(b,performance.now()-a);} return b;};
console.log('draft1MB', best(draft).toFixed(1), 'en-articles', best(en).toFixed(1));
