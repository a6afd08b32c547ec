// CI: every change since the last release must be described by a changeset. `changeset status`
// alone compares against main, which in a clone of main is always empty; this compares against the
// last release tag (`motcua@x.y.z`), or the first commit before any release.
import { execFileSync } from 'node:child_process';
import { root, runBin } from './run.mjs';

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const tags = git('tag', '--list', 'motcua@*', '--sort=-creatordate');
const since = tags.split('\n').find(Boolean) ?? git('rev-list', '--max-parents=0', 'HEAD').split('\n')[0];
console.log(`changesets: changes since ${since}`);
process.exit(await runBin('changeset', ['status', `--since=${since}`]));
