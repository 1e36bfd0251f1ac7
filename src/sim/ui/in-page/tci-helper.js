// @ts-check
// The to-come-in date helper on the waiting list screen. The base build's version tidies a typed
// date when the field loses focus; it changes nothing when the page opens.
(function () {
  'use strict';
  // Absent from other screens, checked next; typed as present for the handler, which runs only then.
  var input = /** @type {HTMLInputElement} */ (document.getElementById('f-tci'));
  if (!input) return;
  input.addEventListener('blur', function () {
    var m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(input.value.trim());
    if (m) input.value = ('0' + m[1]).slice(-2) + '/' + ('0' + m[2]).slice(-2) + '/' + m[3];
  });
})();
