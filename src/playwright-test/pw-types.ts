// The parts of Playwright Test's API that parity/test and parity/reporter use, written out here:
// @playwright/test is a peer dependency, so the product neither installs nor type-checks against
// it. Structural types: whichever Playwright Test runs the suite, these are what it hands over.

export interface PwProject { name: string; use: { baseURL?: string } }

export interface PwFullConfig {
  configFile?: string;
  rootDir: string;
  projects: PwProject[];
  reporter: [string, unknown][];
  shard: { current: number; total: number } | null;
}

export interface PwAttachment { name: string; contentType: string; path?: string; body?: Buffer }

/** What a running test knows about itself (testInfo in a worker). */
export interface PwTestInfo {
  testId: string;
  title: string;
  titlePath: string[];
  file: string;
  retry: number;
  project: PwProject;
  config: PwFullConfig;
  annotations: { type: string; description?: string }[];
  outputPath(...segments: string[]): string;
  attach(name: string, options: { path?: string; body?: string | Buffer; contentType?: string }): Promise<void>;
}

export interface PwTestCase {
  id: string;
  title: string;
  location: { file: string; line: number; column: number };
  parent: PwSuite;
  titlePath(): string[];
}

export interface PwSuite {
  title: string;
  parent?: PwSuite;
  project(): PwProject | undefined;
  allTests(): PwTestCase[];
}

export interface PwTestResult {
  retry: number;
  status: 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted';
  error?: { message?: string };
  attachments: PwAttachment[];
  startTime: Date;
  duration: number;
}

export interface PwFullResult { status: 'passed' | 'failed' | 'timedout' | 'interrupted' }
