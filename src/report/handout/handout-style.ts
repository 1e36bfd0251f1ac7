// The handout's stylesheet, inlined (allowed by its CSP hash). Made for paper first: A4, black text,
// severity shown as words with a coloured bar, items never split across pages.
export const HANDOUT_CSS = `
@page { size: A4; margin: 14mm 12mm 16mm; }
body { font: 11pt/1.4 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #111; margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
h1 { font-size: 20pt; margin: 0 0 4px; color: #13304f; }
.sub { margin: 0 0 8px; color: #333; }
.contents { margin: 6px 0 14px; padding-left: 2.4em; } /* room for two-digit numbers */ .contents a { color: #13304f; }
h2 { font-size: 14pt; border-bottom: 2px solid #13304f; padding-bottom: 2px; margin: 18px 0 8px; color: #13304f; break-after: avoid; }
.item { border-left: 5px solid #999; padding: 4px 0 6px 10px; margin: 0 0 12px; break-inside: avoid; }
.item.critical { border-color: #a4161a; } .item.major { border-color: #c25e00; } .item.minor { border-color: #b59a00; } .item.cosmetic { border-color: #8895a1; }
.item h3 { font-size: 11pt; margin: 0 0 2px; display: flex; gap: 10px; align-items: baseline; }
.item .n { font-weight: 700; } .item .what { text-transform: uppercase; font-size: 9pt; letter-spacing: .4px; }
.item.critical .what { color: #a4161a; } .item.major .what { color: #a34f00; } .item.minor .what { color: #6f5e00; } .item.cosmetic .what { color: #55626e; }
.item .step { color: #555; font-weight: 400; font-size: 10pt; }
.msg { margin: 2px 0 4px; font-size: 11.5pt; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 1px 10px; margin: 2px 0 6px; font-size: 10pt; }
dt { color: #555; } dd { margin: 0; font-weight: 600; word-break: break-word; }
.acc { font-size: 9.5pt; color: #555; margin: 0 0 4px; }
.pics { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
figure { margin: 0; } figcaption { font-size: 9pt; color: #444; margin-bottom: 2px; }
figure img { width: 100%; height: auto; border: 1px solid #bbb; }
figure.none div { border: 1px dashed #bbb; padding: 16px; text-align: center; color: #666; font-style: italic; font-size: 10pt; }
.warn { border: 2px solid #a4161a; padding: 6px 10px; color: #a4161a; font-weight: 600; }
.same { color: #216e39; }
footer { margin-top: 16px; font-size: 9pt; color: #555; border-top: 1px solid #ccc; padding-top: 4px; }
@media print { a { color: inherit; text-decoration: none; } }
`;
