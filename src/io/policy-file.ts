import { readFileSync, statSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import { PolicyError, resolvePolicy, type Profile } from '../core';
import schema from '../../schemas/policy.schema.json';

// Reading a council's policy file: JSON, checked against schemas/policy.schema.json, then merged
// onto its built-in profile by the core. Every problem becomes one line naming the file and field.

/** Policy files are a few kilobytes; anything far larger is not one. */
const MAX_POLICY_BYTES = 256 * 1024;

/** A policy file that cannot be used; `message` is one line: "file: field: problem". */
export class PolicyFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PolicyFileError';
  }
}

let validate: ReturnType<Ajv['compile']> | undefined;

/** "/jargon/add/0/term" as "jargon.add[0].term". */
function fieldName(pointer: string): string {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let out = '';
  for (const part of parts) out += /^\d+$/.test(part) ? `[${part}]` : out ? `.${part}` : part;
  return out || '(policy)';
}

/** The first schema error as "field: problem", in words a council's IT team can act on. */
export function describeSchemaError(error: ErrorObject): string {
  const field = fieldName(error.instancePath);
  const at = (name: string) => (field === '(policy)' ? name : `${field}.${name}`);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      if (field === 'sectionHeadings') return `${at(String(params.additionalProperty))}: is not a section id (one of ${Object.keys(schema.properties.sectionHeadings.properties).join(', ')})`;
      return `${at(String(params.additionalProperty))}: is not a policy field (see docs/policies.md)`;
    case 'required':
      return `${at(String(params.missingProperty))}: is required`;
    case 'type':
      return `${field}: must be ${params.type === 'array' ? 'a list' : params.type === 'object' ? 'an object' : params.type === 'integer' ? 'a whole number' : `a ${String(params.type)}`}`;
    case 'enum':
      return `${field}: ${JSON.stringify(error.data)} is not one of ${(params.allowedValues as unknown[]).join(', ')}`;
    case 'pattern':
      return field === 'id' ? `id: ${JSON.stringify(error.data)} must be lower-case letters, digits and hyphens` : `${field}: must not be empty`;
    case 'minLength':
    case 'minItems':
      return `${field}: must not be empty`;
    case 'uniqueItems':
      return `${field}: lists the same value twice`;
    case 'minimum':
    case 'maximum':
      return `${field}: must be from 1 to 52`;
    case 'oneOf':
      return `${field}: must be text or a list of texts`;
    default:
      return `${field}: ${error.message ?? 'is not valid'}`;
  }
}

/** A parsed policy object checked against the schema, then resolved: a Profile or a PolicyFileError. */
export function policyFromJson(value: unknown, label: string): Profile {
  validate ??= new Ajv({ allErrors: false, strict: true, verbose: true }).compile(schema);
  if (!validate(value)) throw new PolicyFileError(`${label}: ${describeSchemaError(validate.errors![0])}`);
  try {
    return resolvePolicy(value);
  } catch (error) {
    if (error instanceof PolicyError) throw new PolicyFileError(`${label}: ${error.message}`);
    throw error;
  }
}

/** Read, check and resolve a policy file. Throws PolicyFileError with one line for anything wrong. */
export function readPolicyFile(path: string): Profile {
  const label = path;
  let text: string;
  try {
    if (statSync(path).size > MAX_POLICY_BYTES) throw new PolicyFileError(`${label}: is larger than a policy file can be (256 KB)`);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof PolicyFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new PolicyFileError(`${label}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'cannot be read (permission denied)' : 'cannot be read'}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new PolicyFileError(`${label}: is not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  return policyFromJson(value, label);
}
