/** A problem's HTTP status and its sentence in Chinese and English, `{param}` placeholders. */
export interface ProblemTemplate {
  readonly status: number;
  readonly zh: string;
  readonly en: string;
}
