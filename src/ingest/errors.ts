/** An input the ingest refuses: printed as one line naming the file, what is wrong and how to fix it. */
export class IngestError extends Error {
  readonly file: string;
  readonly fix: string;
  constructor(file: string, reason: string, fix: string) {
    super(reason);
    this.file = file;
    this.fix = fix;
  }
  /** `ingest: inbox/x.txt: the file is empty — save the article text into it and run again` */
  line(): string {
    return `ingest: ${this.file}: ${this.message} — ${this.fix}`;
  }
}
