// Runs before every npm script, on whatever Node npm found: plain JavaScript that any Node can parse.
// On Linux, `npm ci` installs the project's own Node (the node-linux-* optional dependency) into
// node_modules/.bin, which npm puts first on PATH; elsewhere the system Node must be recent enough.
const MIN = [22, 12]; // Astro 7 and Node's TypeScript type stripping
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < MIN[0] || (major === MIN[0] && minor < MIN[1])) {
  const own = process.platform === 'linux' && (process.arch === 'x64' || process.arch === 'arm64');
  const fix = own
    ? 'run `npm ci` (without --omit=optional or --no-bin-links): it installs the project\'s own Node 24'
    : 'install Node 24 (see .nvmrc) — the project brings its own Node only on Linux x64 and arm64';
  console.error(`Node ${process.versions.node} is too old for this project (it needs ${MIN.join('.')} or later) — ${fix}`);
  process.exit(1);
}
