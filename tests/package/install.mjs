// Installs the built package (npm run package) into a fresh folder with `npm ci --omit=dev`, as
// the image's runtime stage does, and prints the folder (kept: remove it when done), for several
// checks to share one install:
//   dir=$(node tests/package/install.mjs) && node tests/package/journey.mjs --package-dir "$dir"
import { installPackage } from './packaged-server.mjs';

const started = performance.now();
const dir = installPackage({ keep: true });
process.stderr.write(`Installed the package into ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
process.stdout.write(`${dir}\n`);
