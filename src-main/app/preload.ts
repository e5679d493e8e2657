// Sandboxed preload: it may require nothing but 'electron' at run time, so every other
// import here is a type (electron.vite.config.ts bundles it with no external module).
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { Result, ShellApi } from '../api/contract';
import type { DesktopBridge, IpcChannel } from '../api/desktop-bridge';

async function invoke<T>(channel: IpcChannel, ...args: unknown[]): Promise<T> {
  const result = (await ipcRenderer.invoke(channel, ...args)) as Result<T>;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const shell: ShellApi = {
  pickFiles: ({ purpose, folders, multiple }) => invoke('shell:pick-files', { purpose, folders, multiple }),
  // Dropped files are already on this machine: their paths go to the import as they are.
  async stageDropped(files, onProgress, onRefused) {
    const paths: string[] = [];
    for (const [index, file] of files.entries()) {
      onProgress?.(index, files.length, file.name);
      const path = webUtils.getPathForFile(file);
      if (path) paths.push(path);
      else onRefused?.(file.name, 'Không phải một tệp trên máy (ví dụ chữ hoặc ảnh kéo từ trang khác).');
    }
    onProgress?.(files.length, files.length, '');
    return paths;
  },
  pickSavePath: ({ purpose, suggestedName }) => invoke('shell:pick-save-path', { purpose, suggestedName }),
  saveOutput: (outputId, suggestedName) => invoke('shell:save-output', { outputId, suggestedName }),
  openOriginal: (fileId) => invoke('shell:open-original', { fileId }),
  printOutput: (outputId) => invoke('shell:print-output', { outputId }),
};

const bridge: DesktopBridge = {
  call: (channel, request) => ipcRenderer.invoke('api' satisfies IpcChannel, channel, request) as Promise<Result<unknown>>,
  shell,
};

contextBridge.exposeInMainWorld('desktop', bridge);
