// Brings every image and trace the report shows into the report folder, so the folder is the whole
// report: it can be zipped, put on a file share and opened offline, and the CSP's 'self' covers it.
// Files are hard-linked where the file system allows (no extra disk for thousands of screenshots)
// and copied otherwise. Names are generated here (s12.png), never taken from captured text.
import { copyFileSync, existsSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { inside } from '../../util/paths.js';

export class AssetLinker {
  private readonly byRunPath = new Map<string, string>();
  private count = 0;
  private readonly made = new Set<string>();
  readonly missing: string[] = [];

  constructor(private readonly runDir: string, private readonly outDir: string) {
    // A rebuilt report must not keep images of a previous build under the same names.
    for (const d of ['shots', 'diffs', 'traces']) rmSync(join(outDir, d), { recursive: true, force: true });
  }

  /**
   * The path, relative to the report folder, of a run-directory file brought into the report;
   * undefined when the run directory does not have it (the page then says so; no placeholder image).
   */
  bring(runRelPath: string | undefined, folder: 'shots' | 'diffs' | 'traces'): string | undefined {
    if (!runRelPath) return undefined;
    const known = this.byRunPath.get(runRelPath);
    if (known) return known;
    let src: string;
    try {
      src = inside(this.runDir, runRelPath); // a path from a capture file: never one outside the run
    } catch {
      return undefined;
    }
    if (!existsSync(src)) {
      this.missing.push(runRelPath);
      return undefined;
    }
    const ext = runRelPath.toLowerCase().endsWith('.zip') ? '.zip' : runRelPath.toLowerCase().endsWith('.jpg') ? '.jpg' : '.png';
    const rel = `${folder}/${folder[0]}${this.count++}${ext}`;
    const dest = join(this.outDir, rel);
    if (!this.made.has(folder)) mkdirSync(join(this.outDir, folder), { recursive: true });
    this.made.add(folder);
    linkOrCopy(src, dest);
    this.byRunPath.set(runRelPath, rel);
    return rel;
  }
}

/** dest never exists: the folders are emptied when the linker is made, and names are counted. */
function linkOrCopy(src: string, dest: string): void {
  try {
    linkSync(src, dest);
  } catch {
    copyFileSync(src, dest); // other device, or a file system without hard links (some SMB shares)
  }
}
