import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The e2e server's port: its own (E2E_PORT to change it), so it never tests a server another checkout left running. */
export const PORT = Number(process.env['E2E_PORT'] ?? 4391);
/** The copy of dist/ the e2e server serves; tests that change the site change this copy, never dist/. */
export const SITE_ROOT = join(tmpdir(), `saoma-e2e-site-${PORT}`);

/** The pseudo-locale build (`npm run build:pseudo`): every UI string in ［…］, content text in ⟦…⟧. */
export const PSEUDO_DIST = join(import.meta.dirname, '../../node_modules/.cache/pseudo-locale/dist');
/** Its server's port, next to the main one. */
export const PSEUDO_PORT = PORT + 1;
/** The copy of the pseudo-locale build its server serves. */
export const PSEUDO_ROOT = join(tmpdir(), `saoma-e2e-pseudo-${PSEUDO_PORT}`);
