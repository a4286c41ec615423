// Renders media/icon.svg to the 128×128 media/icon.png the Marketplace shows. Needs rsvg-convert
// (Debian: apt-get install librsvg2-bin). The PNG is committed; run this again after changing the SVG.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const media = fileURLToPath(new URL('../media/', import.meta.url));
execFileSync(
  'rsvg-convert',
  ['--width', '128', '--height', '128', '--format', 'png', '--output', `${media}icon.png`, `${media}icon.svg`],
  { stdio: 'inherit' },
);
console.log('wrote media/icon.png');
