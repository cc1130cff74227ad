import { commandEnvironment, reportSecrets } from '../../../actions/platform/process/command-env.js';

const PARENT = {
  PATH: '/usr/bin',
  DB_PASSWORD: 'hunter2-long',
  DATABASE_URL: 'postgres://shop:s3cr%2Ft-pw@db:5432/shop',
  NPM_TOKEN: 'npm_abcdef123456',
  INPUT_TOKEN: 'ghs_heldToken0000',
  EXPORTED_COPY: 'ghs_heldToken0000',
  LOG_LEVEL: 'debug-verbose',
  SHORT_PASS: 'abc',
};

describe("the commands' environment and what reports on them must not show", () => {
  test('the commands never get the held token, under any name, nor the action inputs', () => {
    const env = commandEnvironment(PARENT, ['ghs_heldToken0000']);
    expect(env.INPUT_TOKEN).toBeUndefined();
    expect(env.EXPORTED_COPY).toBeUndefined();
    expect(env.DB_PASSWORD).toBe('hunter2-long');
  });

  test('reports redact the held secrets and the credential-looking values the commands saw', () => {
    const secrets = reportSecrets(['ghs_heldToken0000', undefined, ''], PARENT);
    expect(secrets[0]).toBe('ghs_heldToken0000');
    expect(secrets).toEqual(
      expect.arrayContaining(['hunter2-long', 'npm_abcdef123456', 's3cr%2Ft-pw', 's3cr/t-pw']),
    );
    expect(secrets).not.toContain('');
    expect(secrets).not.toContain('debug-verbose');
    expect(secrets).not.toContain('abc');
  });
});
