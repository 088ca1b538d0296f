import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A file to write, with its absolute path. */
export interface OutputFile {
  readonly path: string;
  readonly content: string;
}

/** Writes the glossary's files into the build; kept apart so the rest can be tested without IO. */
export async function writeOutputs(files: readonly OutputFile[]): Promise<void> {
  await Promise.all(
    files.map(async (file) => {
      await mkdir(path.dirname(file.path), { recursive: true });
      await writeFile(file.path, file.content);
    }),
  );
}
