import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { describe, expect, it } from 'vitest';
import { buildSurveyJsonSchema, surveyJsonSchema } from './survey-json-schema';

const repoFile = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));
const coreIndex = repoFile('packages/core/src/index.ts');

type JsonSchema = { properties?: Record<string, JsonSchema>; $defs?: Record<string, JsonSchema>; oneOf?: JsonSchema[]; required?: string[] };

describe('surveyJsonSchema', () => {
  it('matches the committed docs/survey.schema.json', () => {
    // `npm test` builds (which rewrites the file) before testing, so compare with the committed
    // version when there is a git checkout, and with the file otherwise.
    let committed: string;
    try {
      committed = execFileSync('git', ['show', 'HEAD:docs/survey.schema.json'], { cwd: repoFile('.'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      committed = readFileSync(repoFile('docs/survey.schema.json'), 'utf8');
    }
    expect(committed, 'docs/survey.schema.json is stale: run `pnpm build` and commit it').toBe(`${JSON.stringify(surveyJsonSchema, null, 2)}\n`);
  });

  it('describes every top-level field and every question kind', () => {
    const schema = surveyJsonSchema as JsonSchema;
    expect(Object.keys(schema.properties!)).toEqual(
      expect.arrayContaining(['id', 'version', 'name', 'questions', 'trigger', 'targeting', 'frequency', 'thankYou', 'followUp', 'journeyStage', 'locales']),
    );
    expect(schema.required).toEqual(['id', 'version', 'name', 'questions']);
    const kinds = schema.$defs!.Question!.oneOf!.map((option) => (option.properties!.kind as { const: string }).const);
    expect(kinds).toEqual(['nps', 'csat', 'ces', 'rating', 'single', 'multiple', 'text']);
  });

  it('leaves defaulted fields optional, as a definition is written', () => {
    const nps = (surveyJsonSchema as JsonSchema).$defs!.Question!.oneOf![0]!;
    expect(nps.required).toEqual(['kind', 'id', 'title']);
  });

  it('tells editors that text map keys are locale tags', () => {
    const text = (surveyJsonSchema as { $defs: Record<string, { anyOf: Array<{ propertyNames?: { pattern: string } }> }> }).$defs.LocalizedText!;
    const keys = new RegExp(text.anyOf[1]!.propertyNames!.pattern);
    expect(['en', 'pt-BR', 'pt_br', 'zh-Hant-TW', 'es-419'].every((key) => keys.test(key))).toBe(true);
    expect(['pt BR', 'english', '', 'p'].some((key) => keys.test(key))).toBe(false);
  });

  it('is rebuilt identically on demand', () => {
    expect(buildSurveyJsonSchema()).toEqual(surveyJsonSchema);
  });
});

describe('surveyJsonSchema in bundles', () => {
  // Bundles a one-line entry the way rollup.config.mjs bundles browser entries.
  const bundle = async (source: string) => {
    const build = await rollup({
      input: 'entry',
      plugins: [
        {
          name: 'entry',
          resolveId: (id) => (id === 'entry' ? id : id === '@pulso/core' ? coreIndex : null),
          load: (id) => (id === 'entry' ? source : null),
        },
        nodeResolve({ extensions: ['.ts', '.js'], browser: true }),
        esbuild({ target: 'es2020', tsconfig: repoFile('tsconfig.json') }),
      ],
      onwarn: () => {},
    });
    const { output } = await build.generate({ format: 'es' });
    return output[0].code;
  };

  it('is dropped from a bundle that only parses surveys, and kept when used', async () => {
    const without = await bundle(`import { parseSurvey } from '@pulso/core'; globalThis.parse = parseSurvey;`);
    const withIt = await bundle(`import { surveyJsonSchema } from '@pulso/core'; globalThis.schema = surveyJsonSchema;`);
    expect(without).toContain('SurveyDefinitionError');
    expect(without).not.toContain('Pulso survey definition');
    expect(without).not.toContain('draft/2020-12');
    expect(withIt).toContain('Pulso survey definition');
  }, 30_000);
});
