/** An input suggest refuses: printed as one line naming the file (or argument), what is wrong and how to fix it. */
export class SuggestError extends Error {
  readonly where: string;
  readonly fix: string;
  constructor(where: string, reason: string, fix: string) {
    super(reason);
    this.where = where;
    this.fix = fix;
  }
  /** `suggest: content/suggestions/x.yaml#4: the quote is no longer in the article — …` */
  line(): string {
    return `suggest: ${this.where}: ${this.message} — ${this.fix}`;
  }
}
