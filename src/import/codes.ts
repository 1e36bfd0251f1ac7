// Stable codes of `parity import`. Tests match on these, never on wording; a code keeps its meaning.
//
// | code                 | where it points                  | meaning                                                    |
// |----------------------|----------------------------------|------------------------------------------------------------|
// | IMPORT_NOT_FOUND     | file                             | the recording given is not there (or is not a file)        |
// | IMPORT_TOO_LARGE     | file                             | over 5 MB; a recording is a few hundred steps, not a dump  |
// | IMPORT_ENCODING      | the first bad byte               | not UTF-8 text                                             |
// | IMPORT_JSON          | where the JSON parser stopped    | not valid JSON                                             |
// | IMPORT_FORMAT        | the value at the JSON path       | valid JSON, but not a Chrome/Edge Recorder export          |
// | IMPORT_STEP          | the step at the JSON path        | a recorded step Parity cannot turn into a journey action   |
// | IMPORT_EXISTS        | the output file                  | the journey file is there already; --force overwrites      |
// Warnings (printed, exit code unchanged):
// | IMPORT_CSS_FALLBACK  | the step                         | no aria/ or text/ selector: the journey uses CSS or XPath  |
// | IMPORT_OPTION_VALUE  | the step                         | a drop-down's option is the recording's value, not words   |
// | IMPORT_DROPPED       | the step                         | a step with nothing for Parity to do (viewport, scroll)    |
// | IMPORT_NOT_READ      | the step                         | reading the screens stopped here; later steps are guesses  |
// | IMPORT_SECRET        | the step                         | a password was replaced by ${secret.NAME}                  |

export const IMPORT_CODES = {
  notFound: 'IMPORT_NOT_FOUND',
  tooLarge: 'IMPORT_TOO_LARGE',
  encoding: 'IMPORT_ENCODING',
  json: 'IMPORT_JSON',
  format: 'IMPORT_FORMAT',
  step: 'IMPORT_STEP',
  exists: 'IMPORT_EXISTS',
  cssFallback: 'IMPORT_CSS_FALLBACK',
  optionValue: 'IMPORT_OPTION_VALUE',
  dropped: 'IMPORT_DROPPED',
  notRead: 'IMPORT_NOT_READ',
  secret: 'IMPORT_SECRET',
} as const;
