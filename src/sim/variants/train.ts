// TRAIN: the training domain. It is the base build plus what every training domain has: a loud
// banner, its own domain mnemonic, and invented training patients. It is the reference the live
// variants are compared against, so it plants nothing.
import type { VariantFile } from './types.js';

export const TRAIN: VariantFile = {
  overrides: {
    name: 'train',
    label: 'Training domain',
    description: 'The training domain (TRN1): the base build with a TRAINING banner and seeded training patients.',
    domain: 'TRN1',
    banner: { text: 'TRAINING DOMAIN: for training only, not for patient care', tone: 'training' },
  },
  planted: [],
};
