import { resolveStaticPath } from '../../src/serve/static-files.js';

describe('resolveStaticPath', () => {
  test.each([
    ['/', '/srv/dist/index.html'],
    ['/assets/index-abc.js', '/srv/dist/assets/index-abc.js'],
    ['/../package.json', null],
    ['/..%2f..%2fetc/passwd', null],
    ['/%2e%2e/x', null],
    ['/a/../../x', null],
    ['/x%00.js', null],
    ['/%E0%A4%A', null],
  ])('%s → %s', (url, expected) => {
    expect(resolveStaticPath('/srv/dist', url)).toBe(expected);
  });
});
