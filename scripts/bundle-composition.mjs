// Which sources make up a built entrypoint: minified bytes attributed through
// its source map (build with CS_SOURCEMAP=1 first). Usage:
//   node scripts/bundle-composition.mjs .output/chrome-mv3/content-scripts/instagram.js
import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map';

const file = process.argv[2];
const code = readFileSync(file, 'utf8');
const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
const lines = code.split('\n');
const bytes = new Map();
await SourceMapConsumer.with(map, null, (consumer) => {
  let prev = null;
  consumer.eachMapping((m) => {
    if (prev) {
      const length =
        prev.line === m.generatedLine ? m.generatedColumn - prev.column : lines[prev.line - 1].length - prev.column;
      const key = group(prev.source);
      bytes.set(key, (bytes.get(key) ?? 0) + Math.max(0, length));
    }
    prev = { line: m.generatedLine, column: m.generatedColumn, source: m.source ?? '(none)' };
  });
});
function group(source) {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = source.slice(nm + 13).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  return source.replace(/^(\.\.\/)+/, '');
}
const total = [...bytes.values()].reduce((a, b) => a + b, 0);
console.log(`${file}: ${code.length} bytes, ${total} mapped`);
for (const [key, n] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40))) {
  console.log(`${String(n).padStart(8)}  ${key}`);
}
