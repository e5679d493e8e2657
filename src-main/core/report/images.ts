/** The signature and seal images of an electronic copy, read once for either renderer. */

import { readFileSync } from 'node:fs';
import type { OfficeSettings } from '../model/settings';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface SignatureImages {
  signature?: Buffer;
  seal?: Buffer;
}

function readPng(path: string, what: string): Buffer {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch {
    throw new Error(`Không đọc được ảnh ${what} tại "${path}": tệp không có hoặc không mở được. Kiểm tra lại trong phần Cài đặt.`);
  }
  if (!data.subarray(0, 8).equals(PNG_SIGNATURE)) {
    throw new Error(`Ảnh ${what} "${path}" không phải tệp PNG. Hãy chọn ảnh PNG nền trong suốt.`);
  }
  return data;
}

/** Both images when the settings name them; throws a Vietnamese message for a missing or non-PNG file. */
export function signatureImages(settings: OfficeSettings): SignatureImages {
  return {
    signature: settings.signatureImage ? readPng(settings.signatureImage, 'chữ ký') : undefined,
    seal: settings.sealImage ? readPng(settings.sealImage, 'con dấu') : undefined,
  };
}

/** Pixel size from the PNG header, to keep the images' proportions. */
export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
