import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { vetExternalUrl } from '../../src-main/app/external-url';
import { isLocalRequest } from '../../src-main/app/local-request';
import { mayOpenDirectly } from '../../src-main/app/openable-file';
import { isOwnPage } from '../../src-main/app/own-page';

const built = { file: '/opt/Tổng hợp báo cáo/resources/app.asar/out/renderer/index.html' };
const dev = { devUrl: 'http://localhost:5173', file: built.file };
const builtUrl = pathToFileURL(built.file).href;

describe('links that may leave the app', () => {
  it('opens web pages over https and mail to a school, normalised', () => {
    expect(vetExternalUrl('https://sogd.hanoi.gov.vn/van-ban?id=12')).toBe('https://sogd.hanoi.gov.vn/van-ban?id=12');
    expect(vetExternalUrl('mailto:c1thanhcao@hanoiedu.vn?subject=B%C3%A1o%20c%C3%A1o')).toBe('mailto:c1thanhcao@hanoiedu.vn?subject=B%C3%A1o%20c%C3%A1o');
  });

  it('refuses everything that could start a program, read a file or hide a login', () => {
    for (const url of [
      'file:///C:/Windows/System32/calc.exe',
      'http://sogd.hanoi.gov.vn/',
      'javascript:alert(1)',
      'smb://may-chu/chia-se',
      'ms-msdt:/id PCWDiagnostic',
      'search-ms:query=bao-cao',
      'https://nguoi-dung:mat-khau@sogd.hanoi.gov.vn/',
      'mailto:',
      'không phải địa chỉ',
    ]) {
      expect(vetExternalUrl(url), url).toBeNull();
    }
  });
});

describe('our own page', () => {
  it('is exactly the built index.html, whatever the route after #', () => {
    expect(isOwnPage(`${builtUrl}#/dot/3/bang`, built)).toBe(true);
    expect(isOwnPage(builtUrl.replace('index.html', 'index.html.evil'), built)).toBe(false);
    expect(isOwnPage('file:///tmp/tai-ve/index.html', built)).toBe(false);
    expect(isOwnPage('https://evil.example/', built)).toBe(false);
  });

  it('is the dev server by its origin, not by a prefix of the address', () => {
    expect(isOwnPage('http://localhost:5173/#/dot/1', dev)).toBe(true);
    expect(isOwnPage('http://localhost:5173.evil.example/', dev)).toBe(false);
    expect(isOwnPage('http://localhost:5174/', dev)).toBe(false);
  });
});

describe('requests the window may make', () => {
  it('loads the app files, in-memory PDFs and images, and the PDF viewer', () => {
    expect(isLocalRequest(`${builtUrl}`, built)).toBe(true);
    expect(isLocalRequest('blob:file:///6f3c8a2e-2b1d-4f0e-9d55-0c1f4a7e9b10', built)).toBe(true);
    expect(isLocalRequest('data:image/png;base64,iVBORw0KGgo=', built)).toBe(true);
  });

  it('cancels anything remote, and the local network except the dev server in development', () => {
    expect(isLocalRequest('https://fonts.googleapis.com/css2?family=Roboto', built)).toBe(false);
    expect(isLocalRequest('http://127.0.0.1:8080/', built)).toBe(false);
    expect(isLocalRequest('http://localhost:5173/src/main.ts', built)).toBe(false);
    expect(isLocalRequest('http://localhost:5173/src/main.ts', dev)).toBe(true);
    expect(isLocalRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isLocalRequest('http://localhost:8080/', dev)).toBe(false);
  });
});

describe('originals opened in their own program', () => {
  it('opens documents, scans and mail, and only shows in its folder what could run code', () => {
    for (const name of ['Báo cáo TLLĐ.xlsx', 'BC.DOCX', 'Ảnh chụp.jpg', 'Thư.eml', 'Bảng.xls']) expect(mayOpenDirectly(name), name).toBe(true);
    for (const name of ['hoc-tap.exe', 'BC.xlsm', 'BC.docm', 'mo.js', 'Báo cáo.pdf.lnk', 'x.hta', 'x.bat', 'x.vbs', 'Không đuôi']) expect(mayOpenDirectly(name), name).toBe(false);
  });
});
