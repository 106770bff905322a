// Writes the JSON Schema of a survey definition to docs/survey.schema.json, from the built
// @pulso/core (run after `rollup -c`), so editors can autocomplete definition files. A test in
// core checks the committed file matches what the code generates.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { surveyJsonSchema } from '../packages/core/dist/index.js';

const target = fileURLToPath(new URL('../docs/survey.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(surveyJsonSchema, null, 2)}\n`);
console.log('wrote docs/survey.schema.json');
