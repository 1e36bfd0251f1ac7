// Stable error codes of the load stage (config and journey files; SPEC_ and CONFIG_ codes, kept as released). Tests and scripts match on these, never on message wording,
// so a code is never renamed or reused for another meaning once released.
//
// SPEC_* codes apply to every YAML file Parity reads (journeys and parity.config.yaml alike):
// the shape problems are the same in both. CONFIG_* codes are the config's own cross-field rules.
//
// | code                   | where it points              | meaning                                                       |
// |------------------------|------------------------------|---------------------------------------------------------------|
// | SPEC_NOT_FOUND         | file                         | a path given on the command line matches no file              |
// | SPEC_NO_FILES          | config `specs`               | the config's spec globs match no journey file                 |
// | SPEC_TOO_LARGE         | file (no line)               | over 2 MB; rejected without parsing                           |
// | SPEC_BINARY            | first NUL byte               | the file is not text                                          |
// | SPEC_ENCODING          | first invalid byte           | the file is not UTF-8                                         |
// | SPEC_EMPTY             | 1:1                          | nothing but blank lines and comments                          |
// | SPEC_TAB               | the tab                      | a tab in indentation (YAML indents with spaces only)          |
// | SPEC_SYNTAX            | where the parser stopped     | any other YAML syntax error                                   |
// | SPEC_DUPLICATE_KEY     | the second key               | the same key twice in one map                                 |
// | SPEC_UNKNOWN_KEY       | the key                      | a key the format does not have (did-you-mean in the hint)     |
// | SPEC_UNKNOWN_ACTION    | the action key               | an action list item whose key is not an action                |
// | SPEC_ACTION_KEYS       | the second action key        | two actions in one list item, or none                         |
// | SPEC_UNKNOWN_ROLE      | the role value               | `role` is not an ARIA role                                    |
// | SPEC_TYPE              | the value                    | wrong kind of value (text where a list belongs, ...)          |
// | SPEC_VALUE             | the value                    | right kind, wrong value (pattern, range, choice)              |
// | SPEC_MISSING           | the map that lacks it        | a required key is absent                                      |
// | SPEC_LOCATOR           | the locator                  | no way to find the element, or two ways at once               |
// | SPEC_CONFLICT          | the second key               | keys that exclude each other (only+skip, visible+hidden)      |
// | SPEC_TEMPLATE          | the `${`                     | a malformed `${...}` template                                 |
// | SPEC_UNDEFINED_VAR     | the `${vars.X}`              | a variable no config/environment `vars` defines               |
// | SPEC_UNKNOWN_ENV       | the name                     | `only`/`skip`/mask `envs` names an environment not configured |
// | SPEC_DUPLICATE_JOURNEY | the second `journey:` value  | two files declare the same journey id                         |
// | SPEC_UNKNOWN_JOURNEY   | the id in the config         | a mask's `journeys` names a journey no spec file declares     |
// | SPEC_DUPLICATE_STEP    | the second step's name       | two steps of one journey share a name                         |
// | SPEC_UNSET_ENV         | (run time)                   | `${env.X}`/`${secret.X}` names an unset environment variable  |
// | CONFIG_NOT_FOUND       | the folder or file           | no parity.config.yaml where it was looked for                 |
// | CONFIG_REFERENCE       | `reference`                  | the reference is not one of the environments                  |
// | CONFIG_TARGET          | the environment              | an environment needs exactly one of `baseUrl` and `sim`       |
// | CONFIG_URL             | `baseUrl`                    | not an absolute http(s) URL                                   |
// | CONFIG_PATTERN         | `pattern`/`flags`            | not a valid regular expression                                |
// | CONFIG_LOCALE          | `locale`                     | not a BCP 47 locale                                           |
// | CONFIG_TIMEZONE        | `timezone`                   | not an IANA time zone                                         |
// | CONFIG_CREDENTIALS     | `baseUrl`                    | user:password in a URL; credentials go in `headers` as secrets |
// | CONFIG_HEADER          | the header                   | a header name that is not a token, a value with CR/LF or NUL  |
// | SPEC_URL               | `goto`/`start`/`signIn.path` | not a path or http(s) URL on the environment's allowed origins |

export const CODES = {
  notFound: 'SPEC_NOT_FOUND',
  noFiles: 'SPEC_NO_FILES',
  tooLarge: 'SPEC_TOO_LARGE',
  binary: 'SPEC_BINARY',
  encoding: 'SPEC_ENCODING',
  empty: 'SPEC_EMPTY',
  tab: 'SPEC_TAB',
  syntax: 'SPEC_SYNTAX',
  duplicateKey: 'SPEC_DUPLICATE_KEY',
  unknownKey: 'SPEC_UNKNOWN_KEY',
  unknownAction: 'SPEC_UNKNOWN_ACTION',
  actionKeys: 'SPEC_ACTION_KEYS',
  unknownRole: 'SPEC_UNKNOWN_ROLE',
  type: 'SPEC_TYPE',
  value: 'SPEC_VALUE',
  missing: 'SPEC_MISSING',
  locator: 'SPEC_LOCATOR',
  conflict: 'SPEC_CONFLICT',
  template: 'SPEC_TEMPLATE',
  undefinedVar: 'SPEC_UNDEFINED_VAR',
  unknownEnv: 'SPEC_UNKNOWN_ENV',
  duplicateJourney: 'SPEC_DUPLICATE_JOURNEY',
  unknownJourney: 'SPEC_UNKNOWN_JOURNEY',
  duplicateStep: 'SPEC_DUPLICATE_STEP',
  unsetEnv: 'SPEC_UNSET_ENV',
  configNotFound: 'CONFIG_NOT_FOUND',
  configReference: 'CONFIG_REFERENCE',
  configTarget: 'CONFIG_TARGET',
  configUrl: 'CONFIG_URL',
  configPattern: 'CONFIG_PATTERN',
  configLocale: 'CONFIG_LOCALE',
  configTimezone: 'CONFIG_TIMEZONE',
  configCredentials: 'CONFIG_CREDENTIALS',
  configHeader: 'CONFIG_HEADER',
  url: 'SPEC_URL',
} as const;

export type SpecCode = (typeof CODES)[keyof typeof CODES];
