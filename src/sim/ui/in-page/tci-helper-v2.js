// @ts-check
// A later package level of the same helper, shipped to one domain only: it expects a trust rules
// block the page does not have, so it throws as the screen opens (an uncaught TypeError).
(function () {
  'use strict';
  var rules = window.MERIDIAN_CONFIG.tciRules;
  var input = document.getElementById('f-tci');
  if (!input || !rules) return;
  input.setAttribute('data-earliest', rules.earliest);
})();
