/** The order of the end-to-end files: the crawl, the longest, first; the others as Vitest orders them, beside it. */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const isCrawl = (file: TestSpecification) => file.moduleId.endsWith('/crawl.e2e.test.ts');

export class CrawlFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter(isCrawl), ...sorted.filter((f) => !isCrawl(f))];
  }
}
