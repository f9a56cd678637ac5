// Runs `npm ci` only when it is needed: node_modules is missing, or package-lock.json changed since
// the last install. Maven calls this before every build, and a full `npm ci` on every build would
// cost a minute on the 2-core machines, so the hash of the lock file is kept as a stamp.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const lockFile = join(projectDir, 'package-lock.json');
const modulesDir = join(projectDir, 'node_modules');
const stampFile = join(modulesDir, '.vaardig-lock-hash');

function lockHash() {
  return createHash('sha256').update(readFileSync(lockFile)).digest('hex');
}

function installedHash() {
  return existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : null;
}

if (!existsSync(lockFile)) {
  console.error(`[ensure-node-modules] ${lockFile} is missing: run "npm install" once and commit the lock file.`);
  process.exit(1);
}

const wanted = lockHash();
const present = existsSync(modulesDir) ? installedHash() : null;

if (present === wanted) {
  console.log('[ensure-node-modules] node_modules matches package-lock.json; nothing to install.');
  process.exit(0);
}

console.log(
  present === null
    ? '[ensure-node-modules] node_modules missing or never stamped: running npm ci.'
    : '[ensure-node-modules] package-lock.json changed since the last install: running npm ci.',
);

// On Windows npm is a .cmd script, which spawnSync only finds through a shell.
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], {
  cwd: projectDir,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});

if (result.error) {
  console.error(`[ensure-node-modules] could not start npm: ${result.error.message}`);
  process.exit(1);
}
if (result.status !== 0) {
  console.error(`[ensure-node-modules] npm ci failed with exit code ${result.status}.`);
  process.exit(result.status ?? 1);
}

// Stamp only after a successful install, so a failed one is retried on the next build.
writeFileSync(stampFile, `${wanted}\n`, 'utf8');
console.log('[ensure-node-modules] installed and stamped.');
