// Every code sample in docs/ is exercised here, so the docs cannot drift from the code:
// - ```ts / ```tsx samples are type-checked against the packages' public API (each sample is its
//   own module; `Pulso` is the script tag's global). Names the sample does not define or import
//   (the reader's own `router`, `config`, …) are allowed; everything that resolves must fit.
// - ```js samples must parse.
// - ```json samples must parse, and when they are a survey, a configuration, a knowledge base, an
//   event payload or a transport batch, they are validated by the code that reads them.
// A sample that is deliberately partial says so in its fence: ```ts skip-test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { isChatEvent, safeParseConfig, safeParseSurvey } from '@pulso/core';
import { batchSchema, payloadSchema, describe as describeIssues } from '../examples/collector/src/wire';

const docsDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(docsDir, '..');

interface Sample {
  file: string;
  line: number;
  lang: string;
  skip: boolean;
  code: string;
}

/** Fenced blocks of a markdown file, with the line their code starts on. */
export function extractSamples(file: string, markdown: string): Sample[] {
  const samples: Sample[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(```+|~~~+)\s*([\w-]*)(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, lang = '', rest = ''] = open;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !lines[j]!.trimStart().startsWith(fence!)) body.push(lines[j++]!.slice(indent!.length));
    samples.push({ file, line: i + 2, lang: lang.toLowerCase(), skip: /\bskip-test\b/.test(rest), code: body.join('\n') });
    i = j;
  }
  return samples;
}

const docs = readdirSync(docsDir).filter((name) => name.endsWith('.md')).sort();
const samples = docs.flatMap((name) => extractSamples(name, readFileSync(join(docsDir, name), 'utf8')));
const checked = new Set(['ts', 'tsx', 'typescript', 'js', 'javascript', 'json']);
const label = (sample: Sample) => `docs/${sample.file}:${sample.line} (${sample.lang})`;

/** Every name each package exports, and whether it is type-only, read from its index.ts. */
function packageExports(): Map<string, { from: string; typeOnly: boolean }> {
  const names = new Map<string, { from: string; typeOnly: boolean }>();
  for (const pkg of ['core', 'transport', 'ui']) {
    const source = readFileSync(join(repoRoot, `packages/${pkg}/src/index.ts`), 'utf8');
    for (const match of source.matchAll(/export\s+(type\s+)?\{([^}]*)\}/g)) {
      for (const part of match[2]!.split(',')) {
        const name = part.trim().split(/\s+as\s+/).pop()!.replace(/^type\s+/, '').trim();
        if (name) names.set(name, { from: `@pulso/${pkg}`, typeOnly: Boolean(match[1]) || /^\s*type\s/.test(part) });
      }
    }
    for (const match of source.matchAll(/export\s+(?:const|function|class)\s+(\w+)/g)) names.set(match[1]!, { from: `@pulso/${pkg}`, typeOnly: false });
  }
  // `Pulso` in a sample is the script tag's global (see the prelude), unless the sample imports it.
  names.delete('Pulso');
  return names;
}

/**
 * Samples may use the packages' exports without importing them (`createQueue({ … })`): the
 * imports are added after the code (import declarations are hoisted), so line numbers hold.
 */
function withImports(code: string, exports: Map<string, { from: string; typeOnly: boolean }>): string {
  const lines: string[] = [];
  for (const [name, { from, typeOnly }] of exports) {
    if (!new RegExp(`\\b${name}\\b`).test(code)) continue;
    if (new RegExp(`(import[^;]*\\b${name}\\b)|((const|let|var|function|class|type|interface)\\s+${name}\\b)`).test(code)) continue;
    lines.push(`import ${typeOnly ? 'type ' : ''}{ ${name} } from '${from}';`);
  }
  return `${code}\n${lines.join('\n')}\nexport {};\n`;
}

// Diagnostics that only mean "the reader's own code goes here".
const readersOwn = new Set([2304, 2552]);

function typeCheck(list: Sample[]): Map<Sample, string[]> {
  const configFile = ts.readConfigFile(join(repoRoot, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, repoRoot);
  const virtual = new Map<string, string>();
  const exports = packageExports();
  // The samples are compiled as if they sat in packages/ui, so JSX finds preact's runtime there.
  const samplesDir = join(repoRoot, 'packages/ui/__doc_samples__');
  const byFile = new Map<string, Sample>();
  virtual.set(
    join(samplesDir, 'globals.ts'),
    "import type { Pulso as PulsoObject } from '@pulso/ui';\ndeclare global { var Pulso: typeof PulsoObject & { q: unknown[] }; }\nexport {};\n",
  );
  list.forEach((sample, index) => {
    const path = join(samplesDir, `sample-${index}.${sample.lang === 'tsx' ? 'tsx' : 'ts'}`);
    virtual.set(path, withImports(sample.code, exports));
    byFile.set(path, sample);
  });
  const host = ts.createCompilerHost(parsed.options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => virtual.has(name) || fileExists(name);
  host.readFile = (name) => virtual.get(name) ?? readFile(name);
  host.getSourceFile = (name, version, ...rest) =>
    virtual.has(name) ? ts.createSourceFile(name, virtual.get(name)!, version) : getSourceFile(name, version, ...rest);
  const program = ts.createProgram([...virtual.keys()], { ...parsed.options, noEmit: true }, host);
  const problems = new Map<Sample, string[]>(list.map((sample) => [sample, []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const sample = diagnostic.file ? byFile.get(diagnostic.file.fileName) : undefined;
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (!sample) {
      // The prelude (the `Pulso` global) is part of every sample.
      if (diagnostic.file?.fileName.startsWith(samplesDir)) problems.forEach((list) => list.push(`prelude: ${message}`));
      continue;
    }
    if (readersOwn.has(diagnostic.code)) continue;
    // A module of the reader's app is theirs too; a missing @pulso module is not.
    if (diagnostic.code === 2307 && !/'@pulso\//.test(message)) continue;
    const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    problems.get(sample)!.push(`line ${sample.line + line}: TS${diagnostic.code} ${message}`);
  }
  return problems;
}

/** Checks a JSON sample with whatever reads that kind of JSON; returns the problems found. */
function checkJson(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const object = value as Record<string, unknown>;
  const type = typeof object.type === 'string' ? object.type : '';
  if (type.startsWith('survey.') || type.startsWith('chat.')) {
    const payload = payloadSchema.safeParse(object);
    const problems = payload.success ? [] : [describeIssues(payload.error, 'payload')];
    if (type.startsWith('chat.') && !isChatEvent(object)) problems.push('not a chat event for @pulso/core (isChatEvent)');
    return problems;
  }
  if ('items' in object) {
    const batch = batchSchema.safeParse(object);
    return batch.success ? [] : [describeIssues(batch.error)];
  }
  if ('questions' in object && 'id' in object) {
    const survey = safeParseSurvey(object);
    return survey.success ? [] : survey.issues.map((issue) => `${issue.path}: ${issue.message}`);
  }
  if ('faqs' in object && 'locale' in object) return checkJson({ faq: object });
  const configKeys = ['surveys', 'endpoint', 'theme', 'faq', 'chat'];
  if (configKeys.some((key) => key in object) && !('nps' in object)) {
    const config = safeParseConfig(object);
    return config.success ? [] : config.issues.map((issue) => `${issue.path}: ${issue.message}`);
  }
  return [];
}

describe('links in docs/', () => {
  for (const name of docs) {
    it(`docs/${name} links only to files that exist`, () => {
      const markdown = readFileSync(join(docsDir, name), 'utf8').replace(/```[\s\S]*?```/g, '');
      const targets = [...markdown.matchAll(/\]\(([^)\s#]+)(#[^)]*)?\)/g)]
        .map((match) => match[1]!)
        .filter((target) => !/^[a-z]+:/i.test(target));
      expect(targets.filter((target) => !existsSync(resolve(docsDir, target)))).toEqual([]);
    });
  }
});

describe('code samples in docs/', () => {
  let typeProblems = new Map<Sample, string[]>();
  beforeAll(() => {
    typeProblems = typeCheck(samples.filter((sample) => !sample.skip && ['ts', 'tsx', 'typescript'].includes(sample.lang)));
  });

  it('finds the samples (and few are skipped)', () => {
    const tested = samples.filter((sample) => checked.has(sample.lang));
    expect(tested.length).toBeGreaterThan(10);
    const skipped = tested.filter((sample) => sample.skip);
    expect(skipped.length, skipped.map(label).join(', ')).toBeLessThanOrEqual(Math.ceil(tested.length / 10));
  });

  for (const sample of samples.filter((candidate) => checked.has(candidate.lang))) {
    const test = sample.skip ? it.skip : it;
    if (['ts', 'tsx', 'typescript'].includes(sample.lang)) {
      test(`${label(sample)} type-checks`, () => {
        expect(typeProblems.get(sample), sample.code).toEqual([]);
      });
    } else if (sample.lang === 'json') {
      test(`${label(sample)} is valid`, () => {
        let value: unknown;
        expect(() => (value = JSON.parse(sample.code)), sample.code).not.toThrow();
        expect(checkJson(value), sample.code).toEqual([]);
      });
    } else {
      test(`${label(sample)} parses`, () => {
        const output = ts.transpileModule(sample.code, { reportDiagnostics: true, fileName: 'sample.js', compilerOptions: { allowJs: true, target: ts.ScriptTarget.ES2022 } });
        expect(output.diagnostics?.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')), sample.code).toEqual([]);
      });
    }
  }
});
