// Playwright's ariaSnapshot() prints what each text field holds (`- textbox "Surname": Smith`, or a
// `- text:` child when the field also has a placeholder). Typed values are not captured unless
// `capture.values` is on (they are patient data, and differ between environments by design), so
// they are taken out of the snapshot too, keeping the field itself, its name and its state.

/** Roles whose inline value in the snapshot is what was typed (or loaded) into the field. */
const VALUE_ROLES = '(?:textbox|searchbox|spinbutton|combobox)';
// `- textbox "Name" [disabled]: value` — the name is a JSON-style quoted string, then attributes.
const FIELD_LINE = new RegExp(`^(\\s*- ${VALUE_ROLES}(?: "(?:[^"\\\\]|\\\\.)*")?(?: \\[[^\\]]*\\])*):(?: (.*))?$`);

export function withoutFieldValues(snapshot: string): string {
  const out: string[] = [];
  let fieldIndent = -1; // indent of the field whose children we are in, or -1
  for (const line of snapshot.split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (fieldIndent >= 0 && indent > fieldIndent) {
      if (/^\s*- text: /.test(line)) continue; // the field's value, shown as a child next to /placeholder
      out.push(line);
      continue;
    }
    fieldIndent = -1;
    const m = FIELD_LINE.exec(line);
    if (!m) {
      out.push(line);
      continue;
    }
    if (m[2] === undefined) fieldIndent = indent; // `- textbox "B":` with children
    out.push(m[2] === undefined ? line : m[1]!);
  }
  return out.join('\n');
}
