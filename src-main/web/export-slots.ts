import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { diskFileName } from '../core/text/disk-file-name';

/**
 * Files the core writes for the page to download (a backup): the browser has no save
 * dialog the core could use, so the bridge reserves a path in its staging folder, the page
 * passes that path to the core, then downloads the file by the slot's number.
 */
export class ExportSlots {
  private readonly slots = new Map<number, string>();

  constructor(readonly dir: string) {}

  reserve(suggestedName: string): { id: number; path: string } {
    const folder = join(this.dir, `xuat-${randomUUID()}`);
    mkdirSync(folder, { recursive: true });
    const path = join(folder, diskFileName(suggestedName) || 'tep');
    const id = this.slots.size + 1;
    this.slots.set(id, path);
    return { id, path };
  }

  pathOf(id: number): string | undefined {
    return this.slots.get(id);
  }
}
