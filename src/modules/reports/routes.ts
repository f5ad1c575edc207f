import { requestContext } from '../core/context.js';
import type { App } from '../core/routing.js';
import type { ReportLang } from './labels.js';
import { renderReportPdf } from './pdf.js';
import {
  areaReportParams,
  donorReportParams,
  pdfQuery,
  type ReportKind,
  reportQuery,
  reportView,
} from './schema.js';
import { annualReport } from './service.js';

const tags = ['reports'];

function langOf(asked: ReportLang | undefined, header: string | string[] | undefined): ReportLang {
  if (asked) return asked;
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  for (const part of text.split(',')) {
    const tag = part.trim().split(';')[0]?.toLowerCase() ?? '';
    if (tag.startsWith('zh')) return 'zh';
    if (tag.startsWith('en')) return 'en';
    if (tag.startsWith('ug')) return 'ug';
  }
  return 'zh';
}

const KINDS: Record<ReportKind, { params: typeof donorReportParams | typeof areaReportParams }> = {
  donor: { params: donorReportParams },
  area: { params: areaReportParams },
};

/**
 * The annual work reports (issue 11 point 4, decision 0058): a donor's and an area's, as JSON
 * (the web app's print page draws it) and as a PDF the server draws.
 */
export async function reportRoutes(app: App) {
  for (const kind of Object.keys(KINDS) as ReportKind[]) {
    const who = kind === 'donor' ? 'a donor' : 'a recipient area (any level)';
    app.get(
      `/reports/${kind}/:code`,
      {
        config: { access: kind === 'donor' ? 'reports.donor' : 'reports.area' },
        schema: {
          tags,
          summary: `The annual work report of ${who} for a year`,
          description:
            'Funds, the two 80% rules with their margins, projects by stage and type, the largest projects, people and batches, training, companies, sales, outcome indicators and warnings: each section holds only what the caller may see (null: none of it).',
          params: KINDS[kind].params,
          querystring: reportQuery,
          response: { 200: reportView },
        },
      },
      async (request) =>
        annualReport(requestContext(app, request), kind, request.params.code, request.query.year),
    );
    app.get(
      `/reports/${kind}/:code/pdf`,
      {
        config: { access: kind === 'donor' ? 'reports.donor' : 'reports.area' },
        schema: {
          tags,
          summary: `The annual work report of ${who} as a PDF (A4, fonts embedded, charts)`,
          description:
            'The same report as the JSON route, drawn by the server, in Chinese, English or Uyghur (right to left). Needs a Chinese font on the server (fonts-wqy-microhei, or SHANHAI_PDF_FONT): without one, 503 with the problem `report.fontMissing` saying what to install. The Uyghur report also needs a font with the Arabic script (fonts-noto-core, or SHANHAI_PDF_FONT_UG): without one, 503 `report.uyghurFontMissing`.',
          params: KINDS[kind].params,
          querystring: pdfQuery,
        },
      },
      async (request, reply) => {
        const lang = langOf(request.query.lang, request.headers['accept-language']);
        const report = await annualReport(
          requestContext(app, request),
          kind,
          request.params.code,
          request.query.year,
        );
        const pdf = await renderReportPdf(report, lang);
        const file = `shanhai-${kind}-${report.subject.code}-${report.year}-${lang}.pdf`;
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="${file}"`)
          .header('cache-control', 'private, no-cache')
          .send(pdf);
      },
    );
  }
}
