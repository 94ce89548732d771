/**
 * Writes dist/kpi-document.schema.json from the valibot schema in
 * src/core/document.ts, so editors and other languages can validate KPI
 * documents against the same rules as the elements.
 *
 * Run with `tsx scripts/write-json-schema.ts` (Node 20 cannot run .ts itself).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import { KpiDocumentSchema } from '../src/core/document.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outFile = `${root}dist/kpi-document.schema.json`;

const pkg = JSON.parse(await readFile(`${root}package.json`, 'utf8')) as { name: string; version: string };

// Valibot rules that JSON Schema cannot express, each handled on purpose. Any
// other unsupported action still throws (errorMode 'throw'), so a new rule in
// document.ts cannot silently vanish from the published schema.
const IGNORED_ACTIONS = {
  // JSON has no NaN or Infinity, so every JSON number is already finite.
  finite: 'implied by JSON',
} as const;
/** `v.check` rules, keyed by their message (its key in src/i18n/en-diagnostics.ts): what the schema says about them instead. */
const DESCRIBED_CHECKS: Record<string, string> = {
  'diagnostic.expected.realDate': 'ISO 8601 date or date-time. It must also name a real calendar date and time (no 2026-02-30); the elements check that.',
};

const generated = toJsonSchema(KpiDocumentSchema, {
  // draft-07: the widest support among editors and validators.
  target: 'draft-07',
  // Describe what authors write (KpiDocument is the schema's input type).
  typeMode: 'input',
  errorMode: 'throw',
  ignoreActions: Object.keys(IGNORED_ACTIONS),
  overrideAction: ({ valibotAction, jsonSchema }) => {
    if (valibotAction.type !== 'check') return null;
    const message = (valibotAction as { message?: unknown }).message;
    const description = typeof message === 'string' ? DESCRIBED_CHECKS[message] : undefined;
    if (description === undefined) {
      throw new Error(
        `document.ts has a v.check (${JSON.stringify(message)}) that JSON Schema cannot express: ` +
          'add its message and a description to DESCRIBED_CHECKS in scripts/write-json-schema.ts.',
      );
    }
    return { ...jsonSchema, description };
  },
});

const { $schema, ...body } = generated;
const schema: JsonSchema = {
  $schema,
  $id: `https://unpkg.com/${pkg.name}@${pkg.version}/dist/kpi-document.schema.json`,
  title: 'KPI document',
  description:
    `The JSON a source delivers for one KPI, as read by the ${pkg.name} elements (<kpi-card> and friends). ` +
    'Generated from the valibot schema in src/core/document.ts; that schema is the source of truth.',
  ...body,
};

checkSchema(schema);
await mkdir(dirname(outFile), { recursive: true });
await writeFile(outFile, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`wrote ${outFile.slice(root.length)}`);

/** Fails the build when the conversion produced something a validator would reject or misread. */
function checkSchema(s: JsonSchema): void {
  const problems: string[] = [];
  const required = Array.isArray(s.required) ? s.required : [];
  for (const key of ['id', 'label']) {
    if (!required.includes(key)) problems.push(`"${key}" is not required`);
  }
  // JSON Schema patterns are ECMA-262 regular expressions, checked with the u flag by most validators.
  const walk = (node: unknown, path: string): void => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'pattern' && typeof value === 'string') {
        try {
          new RegExp(value, 'u');
        } catch (error) {
          problems.push(`${path}/pattern is not a valid unicode regex: ${(error as Error).message}`);
        }
      }
      walk(value, `${path}/${key}`);
    }
  };
  walk(s, '#');
  if (problems.length > 0) {
    throw new Error(`kpi-document.schema.json is not sensible:\n  ${problems.join('\n  ')}`);
  }
}
