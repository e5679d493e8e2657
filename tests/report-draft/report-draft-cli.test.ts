import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../src-main/core/report/document';
import { defaultTemplate } from '../../src-main/core/templates/builtins';
import { writeSampleInbox } from '../../scripts/sample/inbox';
import { runCli } from '../job/run-cli';
import { readDocx, readPdf } from '../report/helpers';

const NEW_SENTENCE = 'Phòng đề nghị Sở tổ chức tập huấn về chuyển đổi số.';
/** From the drafted paragraph on how the office directed the week (section I.1). */
const OLD_FRAGMENT = 'ban hành kế hoạch, văn bản hướng dẫn các đơn vị trường học';

const office = {
  superiorBody: 'UBND huyện Thanh Oai',
  place: 'Thanh Oai',
  docCode: 'BC-PGDĐT',
  recipientTo: 'Sở Giáo dục và Đào tạo Hà Nội',
  signer: { prefix: 'KT.', authorityTitle: 'Trưởng phòng', title: 'Phó Trưởng phòng', name: 'Nguyễn Văn An' },
  distribution: ['Sở GD&ĐT (để b/c)', 'Lưu: VT, GDTX'],
};

interface ConsolidateJson {
  outputs: { xlsx: string; pdf: string; docx: string; draft: string };
}

const nfc = (s: string) => s.normalize('NFC');
const pdfText = async (file: string) => nfc((await readPdf(readFileSync(file))).map((p) => p.text).join(' '));
const docxText = async (file: string) => nfc((await readDocx(readFileSync(file))).text);

let dir: string;
let drafted: ConsolidateJson['outputs'];
let draftText: string;
const draft = (): ReportDocument => JSON.parse(draftText) as ReportDocument;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'report-draft-'));
  const inbox = await writeSampleInbox(join(dir, 'nhan'), defaultTemplate(), { schools: 6, year: 2023 });
  writeFileSync(join(dir, 'cai-dat.json'), JSON.stringify(office));
  const run = runCli(['consolidate', inbox.folder, '--units', inbox.registry, '--settings', join(dir, 'cai-dat.json'), '--out', join(dir, 'ket-qua'), '--json']);
  expect(run.status, run.stderr).toBe(0);
  drafted = (JSON.parse(run.stdout) as ConsolidateJson).outputs;
  draftText = readFileSync(drafted.draft, 'utf8');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The paragraph blocks of the draft's body with their places, to edit one by what it says. */
function bodyParagraphs(doc: ReportDocument): Array<{ block: { text: string }; place: string }> {
  return doc.sections.flatMap((part, p) =>
    part.children.flatMap((s, c) =>
      s.blocks.flatMap((block, b) => (block.kind === 'paragraph' ? [{ block, place: `sections[${p}].children[${c}].blocks[${b}]` }] : [])),
    ),
  );
}

function writeDraft(name: string, doc: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2));
  return file;
}

describe('consolidate writes the draft', () => {
  it('as bao-cao-<year>.json beside the PDF and DOCX, named in the JSON outputs; rendered untouched it gives the same report', async () => {
    expect(drafted.draft).toBe(join(dir, 'ket-qua', 'bao-cao-2023.json'));
    expect(draft().signature.name).toBe('Nguyễn Văn An');

    const out = join(dir, 'nguyen-ban');
    const run = runCli(['report', drafted.draft, '--settings', join(dir, 'cai-dat.json'), '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(await pdfText(join(out, 'bao-cao-2023.pdf'))).toBe(await pdfText(drafted.pdf));
    expect(await docxText(join(out, 'bao-cao-2023.docx'))).toBe(await docxText(drafted.docx));
  });
});

describe('npm run cli -- report', () => {
  it('prints the edited paragraph and signer in the PDF and the DOCX, and not what they replaced', async () => {
    expect(await pdfText(drafted.pdf)).toContain(OLD_FRAGMENT);
    const doc = draft();
    const edited = bodyParagraphs(doc).find((p) => nfc(p.block.text).includes(OLD_FRAGMENT));
    expect(edited, 'the drafted direction paragraph').toBeDefined();
    edited!.block.text = NEW_SENTENCE;
    doc.signature.name = 'Trần Thị Bình';
    const file = writeDraft('bao-cao-2023-da-sua.json', doc);
    // The signer changed in the office's settings too, as the specialist would for later reports.
    writeFileSync(join(dir, 'cai-dat-moi.json'), JSON.stringify({ ...office, signer: { ...office.signer, name: 'Trần Thị Bình' } }));

    const out = join(dir, 'gui-so');
    const run = runCli(['report', file, '--settings', join(dir, 'cai-dat-moi.json'), '--out', out, '--json']);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { outputs: { pdf: string; docx: string }; warnings: string[] };
    expect(json.outputs).toEqual({ pdf: join(out, 'bao-cao-2023.pdf'), docx: join(out, 'bao-cao-2023.docx') });
    expect(json.warnings.join('\n')).not.toContain('signature.name');

    for (const text of [await pdfText(json.outputs.pdf), await docxText(json.outputs.docx)]) {
      expect(text).toContain(NEW_SENTENCE);
      expect(text).not.toContain(OLD_FRAGMENT);
      expect(text).toContain('Trần Thị Bình');
      expect(text).not.toContain('Nguyễn Văn An');
    }
  });

  it('takes the settings from the store with --db, and says when its signer is not the draft\'s', async () => {
    const db = join(dir, 'kho', 'kho.sqlite');
    writeFileSync(join(dir, 'cai-dat-kho.json'), JSON.stringify({ ...office, signer: { ...office.signer, name: 'Lê Minh Châu' } }));
    expect(runCli(['settings', '--db', db, '--set', join(dir, 'cai-dat-kho.json')]).status).toBe(0);

    const out = join(dir, 'tu-kho');
    const run = runCli(['report', drafted.draft, '--db', db, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/signature\.name: .*"Nguyễn Văn An".*"Lê Minh Châu"/);
    expect(await pdfText(join(out, 'bao-cao-2023.pdf'))).toContain('Nguyễn Văn An');
  });

  it('lists the machine\'s prompts still left in the draft, by place', () => {
    const run = runCli(['report', drafted.draft, '--out', join(dir, 'goi-y')]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('Cảnh báo: opening[0]: đoạn gợi ý của máy ("Thực hiện văn bản số');

    const doc = draft();
    doc.opening = [{ kind: 'paragraph', text: 'Thực hiện Kế hoạch số 2012/KH-SGDĐT ngày 20/9/2023 của Sở GD&ĐT Hà Nội, Phòng GD&ĐT báo cáo như sau:' }];
    const again = runCli(['report', writeDraft('da-sua-mo-dau.json', doc), '--out', join(dir, 'goi-y-2')]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).not.toContain('opening[0]');
  });

  it('refuses a broken draft with one line per problem naming its path, exit code 2, nothing written', () => {
    const doc = draft() as unknown as { sections: Array<{ level: unknown; children: Array<{ blocks: Array<Record<string, unknown>> }> }>; annexes: Array<{ table: { body: unknown[][] } }> };
    delete doc.sections[0].children[0].blocks[0].text;
    doc.sections[1].level = '2';
    doc.annexes[0].table.body[0].push({ text: '9' });
    const out = join(dir, 'khong-ghi');

    const run = runCli(['report', writeDraft('hong.json', doc), '--out', out, '--json']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const problems = run.stderr.split('\n').filter((l) => l.startsWith('  - '));
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^ {2}- sections\[0\]\.children\[0\]\.blocks\[0\]\.text \(mục "1\. Công tác chỉ đạo.*"\): còn thiếu/);
    expect(problems[1]).toMatch(/^ {2}- sections\[1\]\.level .*: phải là một trong: 1, 2$/);
    expect(problems[2]).toMatch(/^ {2}- annexes\[0\]\.table\.body\[0\] .*: hàng có nhiều ô hơn số cột/);
    expect(run.stderr).toContain('Tệp bản nháp hong.json không dùng được');
    expect(existsSync(out)).toBe(false);

    const broken = runCli(['report', writeDraft('cat-do.json', draftText.slice(0, 500)), '--out', out]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('không phải JSON hợp lệ');
    expect(existsSync(out)).toBe(false);
  });
});
