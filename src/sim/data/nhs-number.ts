// The simulator checks NHS numbers the way a real PAS does; the rules live in util, shared with
// the journeys' generated test numbers.
export { nhsDigits, checkDigit, isValidNhsNumber, formatNhsNumber, testNhsNumbers } from '../../util/nhs-number.js';
