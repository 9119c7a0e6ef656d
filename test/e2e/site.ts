import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The e2e server's port: its own (E2E_PORT to change it), so it never tests a server another checkout left running. */
export const PORT = Number(process.env['E2E_PORT'] ?? 4391);
/** The copy of dist/ the e2e server serves; tests that change the site change this copy, never dist/. */
export const SITE_ROOT = join(tmpdir(), `saoma-e2e-site-${PORT}`);
