/**
 * Templates, imports and exports (issue 11; decisions 0050, 0057): the kinds the server takes,
 * who may import each, and the calls the import screen and the export buttons make.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, apiUrl } from './client';
import { acceptLanguage } from './problemText';
import type { ApiBody, ApiQuery, ApiResponse } from './schema';
import type { Capability } from './types';

/** The dry run's or the commit's report of an import. */
export type ImportReport = ApiResponse<'/api/imports/projects', 'post'>;
export type ImportProblem = ImportReport['problems'][number];
export type Severity = ImportProblem['severity'];
export type ImportBody = ApiBody<'/api/imports/projects', 'post'>;
/** A kind the server has templates, imports and exports of. */
export type TransferKind = ImportReport['kind'];
export type ExportFormat = NonNullable<ApiQuery<'/api/exports/projects', 'get'>['format']>;

export interface KindInfo {
  /** Who may import it (the import route's policy). */
  importCan: Capability;
  /** Where its records are listed (the link after a commit). */
  list: string;
  /**
   * Whether the server's export of the kind applies a list's filters; until it does, an export
   * button says that it downloads every record the caller may see.
   */
  exportFilters: boolean;
  /**
   * Who may export it, when not every signed-in caller may: the export route's policy (its
   * list's read policy); the export button shows only to them.
   */
  exportCan?: Capability;
}

/**
 * Every kind of the server, checked against the generated types: a kind added to the server's
 * registry fails the type check until it has its line here.
 */
export const KIND_INFO: Record<TransferKind, KindInfo> = {
  projects: { importCan: 'projects.write', list: '/projects', exportFilters: true },
  ledger: { importCan: 'ledger.write', list: '/projects', exportFilters: true },
  'plan-items': {
    importCan: 'plans.write',
    list: '/plans',
    exportFilters: true,
    exportCan: 'plans.read',
  },
  people: { importCan: 'people.write', list: '/people', exportFilters: true },
  training: { importCan: 'training.write', list: '/training', exportFilters: true },
  exchanges: { importCan: 'training.write', list: '/exchanges', exportFilters: true },
  companies: { importCan: 'companies.write', list: '/companies', exportFilters: true },
  'company-cases': { importCan: 'companies.write', list: '/company-cases', exportFilters: true },
  sales: { importCan: 'consumption.write', list: '/consumption', exportFilters: true },
  'indicator-values': {
    importCan: 'indicators.enter',
    list: '/indicators/entry',
    exportFilters: true,
    exportCan: 'indicators.read',
  },
};

export const TRANSFER_KINDS = Object.keys(KIND_INFO) as TransferKind[];

/** The capabilities that allow importing some kind (the import screen's menu entry). */
export const IMPORT_CAPABILITIES: readonly Capability[] = [
  ...new Set(TRANSFER_KINDS.map((kind) => KIND_INFO[kind].importCan)),
];

/** A language the server writes templates, exports and import reports in. */
export type ServerLang = 'zh' | 'en' | 'ug';

/** The server's language code for the interface's. */
export const serverLang = (language: string): ServerLang =>
  language === 'en' ? 'en' : language === 'ug' ? 'ug' : 'zh';

/** The URL of a kind's template in a language (a same-origin GET: the session cookie goes). */
export const templateUrl = (kind: TransferKind, lang: ServerLang) =>
  apiUrl(`/api/templates/${kind}`, { lang });

/** The URL of a kind's export. */
export const exportUrl = (
  kind: TransferKind,
  format: ExportFormat,
  lang: ServerLang,
  filters: Record<string, string | number | undefined | null> = {},
) => apiUrl(`/api/exports/${kind}`, { ...filters, format, lang });

/** A file's bytes as base64, as the import's JSON body carries them. */
export async function fileBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** The most the server takes (MAX_IMPORT_BYTES). */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

export interface ImportInput {
  kind: TransferKind;
  contentBase64: string;
  filename: string;
  programme?: string | undefined;
  lang: ServerLang;
}

const importKey = (input: ImportInput, id: string) =>
  ['import', 'dry-run', input.kind, id, input.programme ?? null, input.lang] as const;

/**
 * The dry run of a chosen file, run again when the language changes (the messages are the
 * server's, in the language asked). `id` tells one chosen file from another.
 */
export function useImportDryRun(input: ImportInput | null, id: string) {
  return useQuery({
    queryKey: input ? importKey(input, id) : ['import', 'dry-run', 'none'],
    enabled: input !== null,
    queryFn: ({ signal }) => {
      if (!input) throw new Error('no file');
      return api<ImportReport>(`/api/imports/${input.kind}`, {
        method: 'POST',
        body: {
          contentBase64: input.contentBase64,
          filename: input.filename,
          programme: input.programme,
          lang: input.lang,
          dryRun: true,
        } satisfies ImportBody,
        signal,
      });
    },
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
}

/** The commit of the accepted rows. */
export function useImportCommit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ImportInput) =>
      api<ImportReport>(`/api/imports/${input.kind}`, {
        method: 'POST',
        body: {
          contentBase64: input.contentBase64,
          filename: input.filename,
          programme: input.programme,
          lang: input.lang,
          dryRun: false,
        } satisfies ImportBody,
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['projects'] });
      void client.invalidateQueries({ queryKey: ['project'] });
    },
  });
}

/** Saves a Blob under a file name (the browser's download). */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the dry run as a workbook with the problems marked in their cells. */
export async function downloadMarkedReport(input: ImportInput): Promise<void> {
  const res = await fetch(`/api/imports/${input.kind}/report`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': acceptLanguage() },
    body: JSON.stringify({
      contentBase64: input.contentBase64,
      filename: input.filename,
      programme: input.programme,
      lang: input.lang,
    }),
  }).catch((err: unknown) => {
    throw new ApiError(0, { title: 'Network error', detail: String(err) });
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as object;
    throw new ApiError(res.status, { status: res.status, ...body });
  }
  const base = input.filename.replace(/\.[^.]*$/, '');
  const suffix = input.lang === 'zh' ? '问题报告' : 'problems';
  saveBlob(await res.blob(), `${base}-${suffix}.xlsx`);
}

/** An import run as a job (decision 0081): its state, progress and, once done, its report. */
export type ImportJob = ApiResponse<'/api/imports/jobs/{id}', 'get'>;
/** The IATI import's report (its counts: activities, transactions, skipped, by type). */
export type IatiReport = ApiResponse<'/api/imports/iati', 'post'>;
export type IatiBody = ApiBody<'/api/imports/iati', 'post'>;

/** Files above this size go as jobs with progress (decision 0081); IATI files always do. */
export const JOB_THRESHOLD_BYTES = 256 * 1024;

/** An IATI import: the file and the programme, and the fallbacks for what its activities lack. */
export interface IatiInput {
  contentBase64: string;
  filename: string;
  programme: string;
  donor?: string | undefined;
  type?: string | undefined;
  area?: string | undefined;
  lang: ServerLang;
}

/** Starts an import (a kind's or IATI) as a job: a dry run or a commit. Answers the job. */
export function startImportJob(
  input: ({ kind: TransferKind } & ImportInput) | ({ kind: 'iati' } & IatiInput),
  dryRun: boolean,
): Promise<ImportJob> {
  const { kind, ...rest } = input;
  return api<ImportJob>(`/api/imports/${kind}/jobs`, {
    method: 'POST',
    body: { ...rest, dryRun },
  });
}

/** A job, asked again every half second while it waits or runs. */
export function useImportJob(id: number | null, lang: ServerLang) {
  return useQuery({
    queryKey: ['import', 'job', id, lang],
    enabled: id !== null,
    queryFn: ({ signal }) => api<ImportJob>(`/api/imports/jobs/${id}`, { query: { lang }, signal }),
    refetchInterval: (q) =>
      q.state.data && (q.state.data.state === 'done' || q.state.data.state === 'failed')
        ? false
        : 500,
    retry: false,
    gcTime: 0,
  });
}
