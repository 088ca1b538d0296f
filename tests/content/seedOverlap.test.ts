import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const siteDir = path.resolve(__dirname, '../..');
/** The team's originality check lives beside the repository (../shared), as it does in CI. */
const tool = path.resolve(siteDir, '../shared/tools/seed-overlap.mjs');

describe('originality', () => {
  it.skipIf(!existsSync(tool))(
    'no passage repeats the source article word for word (../shared/tools/seed-overlap.mjs)',
    () => {
      const result = spawnSync(process.execPath, [tool, siteDir], { encoding: 'utf8' });
      expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^0 copied passages/);
      expect(result.status).toBe(0);
    },
  );
});
