import { readdirSync } from 'node:fs';
import path from 'node:path';
import { renderManifest, type ManifestValues } from '../../manifest/build';
import { teamsSchemaPath, validateManifest } from '../../manifest/validate';

const SCHEMAS_DIR = path.join(__dirname, '../../node_modules/@microsoft/app-manifest/build/json-schemas/teams');

const sampleValues: ManifestValues = {
  botId: '0b5e7a52-3c1d-4f0e-9a1b-2c3d4e5f6a7b',
  teamsAppId: 'c9a2b1f4-7d3e-5a6b-8c9d-0e1f2a3b4c5d',
  appName: 'Baton',
  appVersion: '1.2.3',
  validDomains: ['baton.example.com'],
  developer: {
    name: 'Example Ltd',
    websiteUrl: 'https://baton.example.com/',
    privacyUrl: 'https://baton.example.com/privacy',
    termsOfUseUrl: 'https://baton.example.com/terms',
  },
};

type Bot = { botId: string; scopes: string[]; commandLists: { scopes: string[]; commands: { title: string }[] }[] };

describe('Teams manifest', () => {
  const manifest = renderManifest(sampleValues);

  it('uses the newest stable schema version shipped by @microsoft/app-manifest', () => {
    const stable = readdirSync(SCHEMAS_DIR)
      .filter((d) => /^v1\.\d+$/.test(d)) // excludes vDevPreview
      .map((d) => Number(d.slice('v1.'.length)))
      .sort((a, b) => b - a);
    expect(manifest.manifestVersion).toBe(`1.${stable[0]}`);
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v1.${stable[0]}/MicrosoftTeams.schema.json`);
  });

  it('validates against the official JSON schema read from node_modules', () => {
    expect(teamsSchemaPath(manifest.manifestVersion as string)).toBe(
      path.join(SCHEMAS_DIR, `v${manifest.manifestVersion}`, 'MicrosoftTeams.schema.json'),
    );
    expect(validateManifest(manifest)).toEqual([]);
  });

  it('the validator is not vacuous: it rejects a bad bot id and an over-long name', () => {
    const broken = structuredClone(manifest) as Record<string, any>;
    broken.bots[0].botId = 'not-a-guid';
    broken.name.short = 'x'.repeat(31);
    const problems = validateManifest(broken).join('\n');
    expect(problems).toMatch(/\/bots\/0\/botId/);
    expect(problems).toMatch(/\/name\/short/);
  });

  it('fills every placeholder and carries the ids, name and domains', () => {
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(manifest.id).toBe(sampleValues.teamsAppId);
    expect(manifest.version).toBe('1.2.3');
    expect(manifest.validDomains).toEqual(['baton.example.com']);
    expect(manifest.developer).toEqual(sampleValues.developer);
    expect((manifest.name as { short: string }).short).toBe('Baton');
  });

  it('offers the bot in personal, team and group chats with "help" and "talk to a person"', () => {
    const [bot] = manifest.bots as Bot[];
    expect(bot.botId).toBe(sampleValues.botId);
    expect(bot.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    const titles = bot.commandLists.flatMap((list) => list.commands.map((c) => c.title));
    expect(titles).toEqual(['help', 'talk to a person']);
    expect(bot.commandLists.flatMap((list) => list.scopes).sort()).toEqual(['groupChat', 'personal', 'team']);
  });
});
