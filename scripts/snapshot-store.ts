// Build step: the parsed snapshot of the bundled default store, next to the bundle (see facts/snapshot.ts).
import { writeStoreSnapshot } from '../server/src/facts/load.ts';

const [dir, out] = process.argv.slice(2);
const { files, facts, problems } = writeStoreSnapshot(dir, out);
if (problems) console.warn(`warning: the bundled store has ${problems} problem(s); run \`node bin/infra-factcheck.js facts validate store/default\`.`);
else if (process.env.INFRA_FACTCHECK_BUILD_VERBOSE) console.log(`snapshot: ${files} files, ${facts} facts → ${out}`);
