/** Values loaded at most once in a scope (a unit of work, a rebuild), by key. */
export class Memo {
  private readonly values = new Map<string, Promise<unknown>>();

  /** The value under `key`, loading it the first time. */
  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    let value = this.values.get(key) as Promise<T> | undefined;
    if (!value) {
      value = load();
      this.values.set(key, value);
      value.catch(() => this.values.delete(key));
    }
    return value;
  }

  /** Forgets everything (after a write that changes what was loaded). */
  clear(): void {
    this.values.clear();
  }
}
