// The shared style sheet (/assets/app.css). Dense, flat and grey-blue like a PAS built for 1280-wide
// clinic desktops; fixed pixel sizes and system fonts (DejaVu Sans first: it is on every Linux CI
// image), no web fonts, no transitions, so screenshots are the same on every run.
export const APP_CSS = String.raw`
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 12px; line-height: 16px; color: #1b2430; background: #f3f5f8; }
*, *::before, *::after { transition: none !important; animation: none !important; }
a { color: #1c4f8a; }
h1 { font-size: 16px; line-height: 22px; margin: 0 0 8px; padding-bottom: 4px; color: #1d3a5f; border-bottom: 2px solid #c5d0de; }
h2 { font-size: 12px; line-height: 18px; margin: 0; }
p { margin: 4px 0; }
.intro { color: #3a4656; margin: 0 0 8px; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

.env-banner { height: 20px; line-height: 20px; padding: 0 10px; font-size: 11px; font-weight: bold; letter-spacing: 0.3px; color: #fff; background: #3b4a5a; white-space: nowrap; overflow: hidden; }
.tone-training .env-banner { background: #c4570a; }
.titlebar { display: flex; height: 26px; align-items: center; gap: 14px; padding: 0 10px; background: #1d3a5f; color: #e9f0f8; }
.tb-product { font-weight: bold; font-size: 13px; color: #fff; }
/* Fixed width: masking the domain code (TRN1, SP1, LC1) must not shift the rest of the title bar. */
.tb-domain { width: 48px; text-align: center; padding: 1px 0; border: 1px solid #6f8bb0; font-size: 11px; }
.tb-clock { margin-left: auto; font-size: 11px; }
.tb-user, .tb-trust { font-size: 11px; }
.toolbar { display: flex; height: 26px; align-items: stretch; background: #e2e8f0; border-bottom: 1px solid #a9b7c8; padding: 0 6px; }
.toolbar a { display: flex; align-items: center; padding: 0 10px; color: #1b2430; text-decoration: none; border-right: 1px solid #c3cedb; }
.toolbar a:hover { background: #d2dbe7; }

.patient-banner { display: flex; gap: 16px; align-items: center; padding: 5px 10px; background: #fff7d6; border-bottom: 1px solid #d8c67f; }
.pb-name { font-size: 14px; font-weight: bold; white-space: nowrap; }
.pb-name a { color: #1b2430; text-decoration: none; }
.pb-title { font-weight: normal; font-size: 12px; }
.pb-facts { display: flex; flex-wrap: wrap; gap: 2px 14px; margin: 0; }
.pb-facts div { display: flex; gap: 4px; }
.pb-facts dt { color: #5d6876; }
.pb-facts dd { margin: 0; font-weight: bold; }
.pb-allergy.has-allergy dd { color: #b00020; }

main { padding: 8px 12px 16px; min-height: 600px; }
.statusbar { display: flex; justify-content: space-between; height: 20px; line-height: 20px; padding: 0 10px; font-size: 11px; background: #dfe5ec; border-top: 1px solid #b3c0cf; color: #4a5665; }

fieldset { margin: 0; min-width: 0; }
fieldset.section { border: 1px solid #b8c4d3; background: #fff; padding: 4px 8px 6px; margin: 0 0 8px; }
fieldset.section > legend { font-weight: bold; padding: 1px 6px; background: #dfe6ef; border: 1px solid #b8c4d3; }
.fields { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 16px; }
.field { display: grid; grid-template-columns: 170px 1fr; align-items: start; gap: 6px; min-height: 24px; }
.field > label, .field > legend { padding-top: 3px; text-align: right; color: #26313e; }
.field.radios { border: 0; padding: 0; margin: 0; }
.field.radios > legend { float: left; width: 170px; padding-top: 3px; text-align: right; }
.field.radios .control { display: flex; flex-wrap: wrap; gap: 2px 12px; padding-top: 3px; }
.field.checkbox .control { grid-column: 2; display: flex; align-items: center; gap: 4px; }
label.req::after, legend.req::after { content: " *" / ""; color: #b00020; }
.radio { white-space: nowrap; }
input[type=text], input[type=password], select, textarea { font: inherit; height: 22px; padding: 1px 4px; border: 1px solid #8797ab; border-radius: 0; background: #fff; color: #1b2430; }
textarea { height: 48px; resize: none; }
.w-s input, .w-s select { width: 110px; } .w-m input, .w-m select { width: 200px; } .w-l input, .w-l select, .w-l textarea { width: 100%; max-width: 340px; }
input:focus, select:focus, textarea:focus, button:focus, a:focus { outline: 2px solid #f0b400; outline-offset: 0; }
.hint { margin: 1px 0 0; font-size: 11px; color: #5d6876; }
.has-error input, .has-error select, .has-error textarea { border-color: #b00020; background: #fff4f5; }
.error-message { margin: 2px 0 0; font-size: 11px; font-weight: bold; color: #b00020; }
.error-summary { margin: 0 0 8px; padding: 5px 8px; border: 2px solid #b00020; background: #fff4f5; }
.status-message { margin: 0 0 8px; padding: 5px 8px; border: 1px solid #6fa862; background: #e8f4e4; font-weight: bold; }
.alert-message { margin: 0 0 8px; padding: 5px 8px; border: 2px solid #b00020; background: #fff4f5; font-weight: bold; color: #8a0018; }

button, .btn { display: inline-block; font: inherit; height: 24px; line-height: 20px; padding: 1px 12px; border: 1px solid #7d8ea5; background: #eef1f5; color: #1b2430; text-decoration: none; cursor: pointer; border-radius: 0; }
button.primary, .btn.primary { background: #2f5d8a; border-color: #1f4066; color: #fff; font-weight: bold; }
.actions { display: flex; gap: 6px; padding: 6px 0 0; }
.action-bar { display: flex; flex-wrap: wrap; gap: 4px; padding: 4px; margin: 0 0 8px; background: #e6ebf1; border: 1px solid #b8c4d3; }
.announce:empty { display: none; }
body[data-flaky-ms] .flaky-target { visibility: hidden; }
body[data-flaky-ms].flaky-revealed .flaky-target { visibility: visible; }

table.grid { border-collapse: collapse; width: 100%; background: #fff; }
table.grid caption { text-align: left; font-weight: bold; padding: 2px 0 4px; }
table.grid th, table.grid td { border: 1px solid #c8d1dc; padding: 2px 6px; text-align: left; vertical-align: top; white-space: nowrap; }
table.grid thead th { background: #dde4ee; border-color: #b3c0cf; }
table.grid tbody tr:nth-child(even) td { background: #f5f7fa; }
/* A report's row headers look like the cells beside them (the slot grid's times stay bold). */
table.report-table tbody th { font-weight: normal; } table.report-table tbody tr:nth-child(even) th { background: #f5f7fa; }
table.grid td.empty { color: #5d6876; font-style: italic; }
table.numeric td:not(:first-child), table.numeric th:not(:first-child) { text-align: right; }

.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; margin: 0 0 8px; }
.panel { border: 1px solid #b8c4d3; background: #fff; margin: 0 0 8px; }
.columns .panel { margin: 0; }
.panel > h2 { padding: 2px 8px; background: #e5ebf2; border-bottom: 1px solid #b8c4d3; }
.panel-body { padding: 4px 8px; min-height: 56px; }
/* The clinical record's frames: fixed heights, so the screen is the same size in every domain. */
.record-frame { display: block; width: 100%; height: 470px; border: 1px solid #b8c4d3; background: #fff; }
body.in-frame { padding: 8px; background: #fff; }
.results-frame { display: block; width: 100%; height: 280px; border: 1px solid #b8c4d3; }
.record-form { display: grid; gap: 4px; }
.panel table.grid { border: 0; }
.loading { color: #5d6876; font-style: italic; }
.messages { margin: 0; padding-left: 16px; }

.menus { margin: 0 0 10px; }
.menubar { display: flex; gap: 8px; margin: 0; padding: 0; list-style: none; }
.menu-group { flex: 1; border: 1px solid #b8c4d3; background: #fff; }
.menu-group-label { display: block; padding: 2px 8px; font-weight: bold; background: #1d3a5f; color: #fff; }
.menu-group ul { list-style: none; margin: 0; padding: 3px 0; min-height: 60px; }
.menu-group a { display: block; padding: 2px 10px; text-decoration: none; }
.menu-group a:hover, .menu-group a:focus { background: #dbe6f3; }

.details { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 2px 16px; margin: 0 0 8px; padding: 6px 8px; background: #fff; border: 1px solid #b8c4d3; }
.details div { display: flex; gap: 8px; }
.details dt { width: 130px; color: #5d6876; }
.details dd { margin: 0; font-weight: bold; }
.details.inline { grid-template-columns: repeat(3, minmax(0, 1fr)); }

.combo { position: relative; display: flex; width: 100%; max-width: 420px; }
.combo input[role=combobox] { flex: 1; width: auto; max-width: none; }
.combo-toggle { height: 22px; width: 22px; padding: 0; line-height: 18px; }
.combo-list { position: absolute; z-index: 10; top: 22px; left: 0; right: 0; max-height: 184px; overflow: auto; margin: 0; padding: 0; list-style: none; background: #fff; border: 1px solid #5f7390; box-shadow: 0 2px 4px rgba(0, 0, 0, 0.25); }
.combo-list [role=option] { padding: 2px 6px; cursor: pointer; white-space: nowrap; }
.combo-list [role=option][aria-selected=true] { font-weight: bold; }
.combo-list [role=option].active, .combo-list [role=option]:hover { background: #cfe0f5; }

.slot-grid th[scope=row] { background: #eef2f7; width: 60px; }
.slot-grid td { width: 18%; }
.slot-grid td.slot-free input { margin: 0 4px 0 0; vertical-align: -2px; }
.slot-grid td.slot-taken { color: #8a94a1; background: #eceff3 !important; }

.dialog-backdrop { position: fixed; inset: 0; background: rgba(20, 30, 45, 0.45); z-index: 20; }
.dialog { position: fixed; z-index: 21; top: 120px; left: 50%; width: 460px; margin-left: -230px; background: #fff; border: 1px solid #1d3a5f; box-shadow: 0 6px 18px rgba(0, 0, 0, 0.35); padding: 0 12px 10px; }
.dialog h2 { margin: 0 -12px 8px; padding: 4px 12px; background: #1d3a5f; color: #fff; font-size: 13px; }
.dialog .details { grid-template-columns: 1fr; }
[hidden] { display: none !important; }

.login-box { width: 460px; margin: 40px auto; padding: 12px 16px; background: #fff; border: 1px solid #b8c4d3; }
.login-box .fields { grid-template-columns: 1fr; }
.login-box .field { grid-template-columns: 100px 1fr; }
.search-layout .fields { grid-template-columns: 1fr 1fr; }
`;
