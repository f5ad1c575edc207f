/**
 * A streamed reader of IATI activity files (1.0x and 2.0x): saxes is fed the file chunk by chunk
 * and hands over one `iati-activity` at a time, so memory holds one activity, never the document.
 * A DOCTYPE is refused outright (no entity can be declared, so none can be expanded or fetched);
 * an undeclared entity, a truncated or malformed file stop the reading with its line.
 *
 * Elements are matched by their local name: a file wrapped in another namespace (`iati-extra`) or
 * with namespaced extensions reads the same. 1.x text sits in the element (`<title
 * xml:lang="en">…`), 2.x in `narrative` children: both become {lang, text} narratives.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

export interface Narrative {
  lang: string | null;
  text: string;
}

export interface IatiOrgRef {
  ref: string | null;
  role: string | null;
  type: string | null;
  names: Narrative[];
}

export interface IatiTransaction {
  line: number;
  type: string;
  date: string | null;
  currency: string | null;
  value: string;
  valueDate: string | null;
  provider: string | null;
  receiver: string | null;
  description: string | null;
}

export interface IatiBudget {
  type: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  currency: string | null;
  value: string;
  valueDate: string | null;
}

export interface IatiCoded {
  vocabulary: string | null;
  uri?: string | null;
  code: string;
  percentage: string | null;
}

export interface IatiActivity {
  line: number;
  identifier: string;
  defaultLang: string | null;
  defaultCurrency: string | null;
  titles: Narrative[];
  descriptions: Narrative[];
  reportingOrg: IatiOrgRef | null;
  participating: IatiOrgRef[];
  otherIdentifiers: Array<{ ref: string; type: string | null }>;
  status: string | null;
  sectors: IatiCoded[];
  regions: IatiCoded[];
  tags: IatiCoded[];
  locationRefs: string[];
  dates: Array<{ type: string; date: string }>;
  budgets: IatiBudget[];
  transactions: IatiTransaction[];
}

/** The file cannot be read as XML: its line and the parser's words. */
export class XmlUnreadable extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

/** The file declares a DOCTYPE: refused before anything in it is used. */
export class DoctypeRefused extends Error {
  constructor(readonly line: number) {
    super(`line ${line}: DOCTYPE refused`);
  }
}

/** Text kept per element at most (a title, a value): longer is cut (memory stays flat). */
const MAX_TEXT = 20_000;

interface Frame {
  name: string;
  attrs: Record<string, string>;
  text: string;
  narratives: Narrative[];
  lang: string | null;
}

/** Where a finished activity goes: called synchronously, in file order. */
export type ActivitySink = (activity: IatiActivity) => void;

/** A streamed IATI reader: `write` chunks (any number), then `close`. */
export class IatiReader {
  private readonly parser = new SaxesParser({ xmlns: true, position: true });
  private readonly decoder = new TextDecoder('utf-8', { fatal: false });
  private readonly stack: Frame[] = [];
  private activity: IatiActivity | null = null;
  private depth = -1;
  private transaction: Partial<IatiTransaction> | null = null;
  private budget: Partial<IatiBudget> | null = null;
  /** The root's local name and `version` attribute. */
  root: { name: string; version: string | null } | null = null;
  activities = 0;

  constructor(private readonly sink: ActivitySink) {
    const p = this.parser;
    p.on('doctype', () => {
      throw new DoctypeRefused(p.line);
    });
    p.on('opentag', (tag) => this.open(tag as SaxesTagNS));
    p.on('text', (t) => this.text(t));
    p.on('cdata', (t) => this.text(t));
    p.on('closetag', () => this.close());
  }

  write(chunk: Uint8Array | string): void {
    const text = typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
    this.guard(() => this.parser.write(text));
  }

  end(): void {
    this.guard(() => {
      const rest = this.decoder.decode();
      if (rest) this.parser.write(rest);
      this.parser.close();
    });
  }

  private guard(run: () => void): void {
    try {
      run();
    } catch (err) {
      if (err instanceof DoctypeRefused || err instanceof XmlUnreadable) throw err;
      const message = (err as Error).message ?? String(err);
      // saxes words its errors "file:line:column: reason".
      const m = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(message);
      throw new XmlUnreadable(m ? Number(m[1]) : this.parser.line, m ? (m[3] ?? message) : message);
    }
  }

  private text(t: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top && this.activity && top.text.length < MAX_TEXT) top.text += t;
  }

  private open(tag: SaxesTagNS): void {
    const name = tag.local ?? tag.name;
    const attrs: Record<string, string> = {};
    for (const [key, attr] of Object.entries(tag.attributes)) {
      const a = attr as { local?: string; prefix?: string; value: string };
      attrs[a.prefix === 'xml' ? `xml:${a.local}` : (a.local ?? key)] = a.value;
    }
    const parent = this.stack[this.stack.length - 1];
    const lang = attrs['xml:lang'] ?? parent?.lang ?? null;
    this.stack.push({ name, attrs, text: '', narratives: [], lang });
    if (!this.root) this.root = { name, version: attrs.version ?? null };
    if (name === 'iati-activity' && !this.activity) {
      this.depth = this.stack.length;
      this.activity = {
        line: this.parser.line,
        identifier: '',
        defaultLang: attrs['xml:lang'] ?? null,
        defaultCurrency: attrs['default-currency'] ?? null,
        titles: [],
        descriptions: [],
        reportingOrg: null,
        participating: [],
        otherIdentifiers: [],
        status: null,
        sectors: [],
        regions: [],
        tags: [],
        locationRefs: [],
        dates: [],
        budgets: [],
        transactions: [],
      };
      return;
    }
    const a = this.activity;
    if (!a) return;
    const rel = this.stack.length - this.depth;
    if (rel === 1) {
      if (name === 'transaction') {
        this.transaction = { line: this.parser.line, type: '', value: '' };
      } else if (name === 'budget') {
        this.budget = { type: attrs.type ?? null, value: '' };
      } else if (name === 'activity-status') {
        a.status = attrs.code ?? null;
      } else if (name === 'sector') {
        if (attrs.code)
          a.sectors.push({
            vocabulary: attrs.vocabulary ?? null,
            code: attrs.code,
            percentage: attrs.percentage ?? null,
          });
      } else if (name === 'recipient-region') {
        if (attrs.code)
          a.regions.push({
            vocabulary: attrs.vocabulary ?? null,
            uri: attrs['vocabulary-uri'] ?? null,
            code: attrs.code,
            percentage: attrs.percentage ?? null,
          });
      } else if (name === 'tag') {
        if (attrs.code)
          a.tags.push({
            vocabulary: attrs.vocabulary ?? null,
            uri: attrs['vocabulary-uri'] ?? null,
            code: attrs.code,
            percentage: null,
          });
      } else if (name === 'location') {
        if (attrs.ref) a.locationRefs.push(attrs.ref);
      } else if (name === 'activity-date') {
        const date = attrs['iso-date'];
        if (attrs.type && date) a.dates.push({ type: attrs.type, date });
      } else if (name === 'other-identifier') {
        const ref = attrs.ref;
        if (ref) a.otherIdentifiers.push({ ref, type: attrs.type ?? null });
      }
      return;
    }
    if (rel === 2 && this.transaction) {
      const t = this.transaction;
      if (name === 'transaction-type') t.type = attrs.code ?? '';
      else if (name === 'transaction-date') t.date = attrs['iso-date'] ?? null;
      else if (name === 'value') {
        t.currency = attrs.currency ?? null;
        t.valueDate = attrs['value-date'] ?? null;
      } else if (name === 'provider-org') t.provider = attrs.ref ?? null;
      else if (name === 'receiver-org') t.receiver = attrs.ref ?? null;
    }
    if (rel === 2 && this.budget) {
      const b = this.budget;
      if (name === 'period-start') b.periodStart = attrs['iso-date'] ?? null;
      else if (name === 'period-end') b.periodEnd = attrs['iso-date'] ?? null;
      else if (name === 'value') {
        b.currency = attrs.currency ?? null;
        b.valueDate = attrs['value-date'] ?? null;
      }
    }
  }

  private close(): void {
    const frame = this.stack.pop();
    if (!frame) return;
    const a = this.activity;
    if (!a) return;
    const rel = this.stack.length + 1 - this.depth;
    if (rel === 0) {
      this.activity = null;
      this.depth = -1;
      this.activities++;
      this.sink(a);
      return;
    }
    const text = frame.text.replace(/\s+/g, ' ').trim();
    const parent = this.stack[this.stack.length - 1];
    if (frame.name === 'narrative') {
      if (parent && text) parent.narratives.push({ lang: frame.lang, text });
      return;
    }
    // 1.x: the text is the element's own; 2.x: its narratives.
    const narratives = (): Narrative[] =>
      frame.narratives.length > 0 ? frame.narratives : text ? [{ lang: frame.lang, text }] : [];
    if (rel === 1) {
      const at = frame.attrs;
      switch (frame.name) {
        case 'iati-identifier':
          a.identifier = text;
          break;
        case 'title':
          a.titles.push(...narratives());
          break;
        case 'description':
          if (!at.type || at.type === '1') a.descriptions.push(...narratives());
          break;
        case 'reporting-org':
          a.reportingOrg = {
            ref: at.ref ?? null,
            role: null,
            type: at.type ?? null,
            names: narratives(),
          };
          break;
        case 'participating-org':
          a.participating.push({
            ref: at.ref ?? null,
            role: at.role ?? null,
            type: at.type ?? null,
            names: narratives(),
          });
          break;
        case 'other-identifier':
          // 1.x: the identifier is the element's text.
          if (!at.ref && text) a.otherIdentifiers.push({ ref: text, type: at.type ?? null });
          break;
        case 'transaction': {
          const t = this.transaction;
          this.transaction = null;
          if (t) a.transactions.push(t as IatiTransaction);
          break;
        }
        case 'budget': {
          const b = this.budget;
          this.budget = null;
          if (b) a.budgets.push(b as IatiBudget);
          break;
        }
      }
      return;
    }
    if (rel === 2 && frame.name === 'value') {
      if (this.transaction && parent?.name === 'transaction') this.transaction.value = text;
      if (this.budget && parent?.name === 'budget') this.budget.value = text;
    }
    if (rel === 2 && frame.name === 'description' && this.transaction) {
      const n = narratives();
      const zh = n.find((x) => x.lang?.startsWith('zh')) ?? n[0];
      this.transaction.description = zh?.text ?? null;
    }
    if (
      rel === 2 &&
      frame.name === 'transaction-date' &&
      this.transaction &&
      !this.transaction.date
    )
      this.transaction.date = text || null;
  }
}
