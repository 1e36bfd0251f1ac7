// report.json: the document as built, for other tools. Schema: docs/report-json.md.
import { jsonText } from '../util/files.js';
import { oneFileReporter } from './one-file.js';

export const jsonReporter = oneFileReporter('json', 'report.json', jsonText);
