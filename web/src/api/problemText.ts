/**
 * The text of an API problem in the interface's language: the web's own translation of the
 * problem's code (`problems.<code>` in web/src/i18n, decision 0017), else the server's detail
 * (which the server already words by the Accept-Language the client sends).
 */
import i18next from 'i18next';

export type ProblemParams = Readonly<Record<string, string | number>>;

/** `problems.<code>` with `params`, or `fallback` when the code is missing or unknown here. */
export function problemText(
  code: string | undefined,
  params: ProblemParams | undefined,
  fallback: string,
): string {
  if (!code || !i18next.isInitialized) return fallback;
  const key = `problems.${code}`;
  if (!i18next.exists(key)) return fallback;
  return i18next.t(key, { ...params, interpolation: { escapeValue: false } });
}

/** The Accept-Language the client sends: the interface's language. */
export function acceptLanguage(): string {
  return i18next.language === 'en' ? 'en' : 'zh-CN, zh;q=0.9';
}

/** The prefixes of a field error's path that say where the input was, not what it was. */
const PLACES = new Set(['body', 'query', 'params', 'headers']);
/** The keys of `problemFields` that are sentences, not names of inputs. */
const NOT_FIELDS = new Set(['withReason', 'row', 'separator', 'other']);
const STAGE_DATE = /^stageDates\.([a-z]+)\.(planned|actual)$/;

function fieldKnown(key: string): boolean {
  return !NOT_FIELDS.has(key) && i18next.exists(`problemFields.${key}`);
}

/**
 * The name of the input a field error points at, in the interface's language: `body.budgetFen`
 * → 预算, `body.locations.1.shareBp` → 地点份额（第 2 项）, `query.q` → 搜索词, a stage date by
 * stage and kind; an input not named here reads 某项输入 / "An input", never its path.
 */
export function problemFieldLabel(field: string): string {
  const t = (key: string, params?: Record<string, string | number>) =>
    i18next.t(key, { ...params, interpolation: { escapeValue: false } });
  const parts = field.split('.').filter(Boolean);
  if (parts.length > 0 && PLACES.has(parts[0] as string)) parts.shift();
  const names = parts.filter((p) => !/^\d+$/.test(p));
  const rows = parts.filter((p) => /^\d+$/.test(p));
  let label: string;
  const date = STAGE_DATE.exec(names.join('.'));
  if (date?.[1] && date[2] && i18next.exists(`stages.${date[1]}`)) {
    label = t('fieldLabels.stageDate', {
      stage: t(`stages.${date[1]}`),
      kind: t(`fieldLabels.${date[2]}`),
    });
  } else {
    const whole = names.join('_');
    const last = names.at(-1) ?? '';
    if (whole && fieldKnown(whole)) label = t(`problemFields.${whole}`);
    else if (last && fieldKnown(last)) label = t(`problemFields.${last}`);
    // An item of a list sent as the whole body (the results): "条目（第 2 项）".
    else if (!last && rows.length > 0) label = t('problemFields.items');
    else label = t('problemFields.other');
  }
  const row = rows.at(-1);
  return row === undefined ? label : t('problemFields.row', { label, n: Number(row) + 1 });
}

/** One field error of a problem, as the server sends it. */
export interface ProblemFieldError {
  field: string;
  code?: string | undefined;
  params?: ProblemParams | undefined;
  message: string;
}

/**
 * A field error in words where no form field stands beside it: a generic validation reason
 * (`validation.*`: 必填, 最多 100 个字符 …) gets the input's name ("搜索词：最多 100 个字符");
 * a use case's own problem is a whole sentence already.
 */
export function fieldErrorText(e: ProblemFieldError): string {
  const reason = problemText(e.code, e.params, e.message);
  if (!e.code?.startsWith('validation.') || !i18next.isInitialized) return reason;
  return i18next.t('problemFields.withReason', {
    label: problemFieldLabel(e.field),
    reason,
    interpolation: { escapeValue: false },
  });
}

/** Every field error of a schema refusal in words, joined: what the screen says of it. */
export function fieldErrorsText(errors: readonly ProblemFieldError[]): string {
  const separator = i18next.isInitialized ? i18next.t('problemFields.separator') : '; ';
  return errors.map(fieldErrorText).join(separator);
}
