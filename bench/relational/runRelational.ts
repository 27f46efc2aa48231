import { relationalBench } from './relationalBench';
import { FULL_HEADERS, FULL_LINES } from './relationalData';

/** Just the relational benchmark: node --expose-gc lib/bench/relational/runRelational.js [headers lines runs]. */
const [headers = FULL_HEADERS, lines = FULL_LINES, runs = 3] = process.argv.slice(2).map(Number);
const result = relationalBench(headers, lines, runs);
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
