/**
 * Renders, in a thread of its own (a module cache of its own), a report without images and
 * then one with a signature and a seal, and says after each which deferred modules loaded.
 */
import { resolve } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { deferredModulesLoaded } from '../../src-main/core/report/pdf-deferred-modules';
import { renderReportPdf } from '../../src-main/core/report/pdf-renderer';
import { draftReport } from '../../src-main/core/report/report-model';
import { district, settings } from './fixture';
import { withSignatureAndSeal } from './helpers';

const fonts = { fontsDir: resolve('resources/fonts'), systemFontDirs: [] };
const images = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Subtype \/Image/g) ?? []).length;

const plain = await renderReportPdf(draftReport(district(), settings), settings, fonts);
const afterPlain = deferredModulesLoaded();
const signed = withSignatureAndSeal(settings);
const withImages = await renderReportPdf(draftReport(district(), signed), signed, fonts);
parentPort!.postMessage({ plain: { images: images(plain), loaded: afterPlain }, withImages: { images: images(withImages), loaded: deferredModulesLoaded() } });
