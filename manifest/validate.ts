/**
 * Validates a manifest against Microsoft's own JSON schema as shipped in @microsoft/app-manifest, read from disk
 * so nothing is fetched. The Teams schemas declare JSON Schema draft-04, hence ajv-draft-04 (with the same options
 * Microsoft's toolkit uses). We do not call the package's own validator: its entry point requires `fs-extra`,
 * which it does not declare as a runtime dependency, so it fails to load.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

const compiled = new Map<string, ValidateFunction>();

/** Path of the official schema for a manifest version such as "1.30". */
export function teamsSchemaPath(manifestVersion: string): string {
  return require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json`);
}

function validatorFor(manifestVersion: string): ValidateFunction {
  let validate = compiled.get(manifestVersion);
  if (!validate) {
    const ajv = new Ajv({ allErrors: true, strictTypes: false });
    addFormats(ajv, ['uri', 'email', 'regex']);
    validate = ajv.compile(JSON.parse(readFileSync(teamsSchemaPath(manifestVersion), 'utf8')));
    compiled.set(manifestVersion, validate);
  }
  return validate;
}

/** Problems found, one readable line each; empty when the manifest is valid. */
export function validateManifest(manifest: unknown): string[] {
  const version = (manifest as { manifestVersion?: unknown } | null)?.manifestVersion;
  if (typeof version !== 'string') return ['/manifestVersion is missing'];
  const validate = validatorFor(version);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'} ${JSON.stringify(e.params)}`);
}
