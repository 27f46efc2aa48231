import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildFakeOffice } from './buildFakeOffice';
import { productionBuild } from '../../support/productionBuild';
import { serveFiles } from './serveFiles';

/** The production task pane served on 127.0.0.1, with the stand-in office.js to load into it. */
export interface ServedTaskPane {
  readonly origin: string;
  readonly officeScript: string;
  /** Stops the server and removes the scratch folder. */
  close(): Promise<void>;
}

/** Serves the shared production build of the task pane, with the fake office.js built into `prefix…`. */
export async function serveTaskPane(prefix: string): Promise<ServedTaskPane> {
  const scratch = await mkdtemp(path.join(tmpdir(), prefix));
  const [build, officeScript] = await Promise.all([
    productionBuild(),
    buildFakeOffice(path.join(scratch, 'fake')),
  ]);
  const server = await serveFiles(build.files);
  return {
    origin: server.origin,
    officeScript,
    close: async () => {
      await server.close();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}
