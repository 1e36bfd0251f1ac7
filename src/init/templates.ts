// What `parity init` writes: a commented config and a first journey, in the words of the docs.
export interface InitAnswers { referenceName: string; referenceUrl: string; targetName: string; targetUrl: string }

export function configTemplate(a: InitAnswers): string {
  return `# yaml-language-server: $schema=./schema/config.schema.json
# Parity configuration. Reference: docs/journey-format.md and the README.
#
# The reference is the environment staff were trained on; every other environment is compared with it.
reference: ${a.referenceName}

environments:
  ${a.referenceName}:
    baseUrl: ${a.referenceUrl}
    label: Training domain
    # The training domain may be written to: journeys that save data run there.
    writes: allowed
    # Sign in once per environment; every journey reuses the session.
    # Secrets come from environment variables and are never written anywhere.
    # signIn:
    #   path: /login
    #   actions:
    #     - fill: { label: Username, value: "\${env.PARITY_USER}" }
    #     - fill: { label: Password, value: "\${secret.PARITY_PASSWORD}" }
    #     - click: { role: button, name: Sign in }
  ${a.targetName}:
    baseUrl: ${a.targetUrl}
    label: Live (production)
    # LIVE is a hospital's production system: Parity never writes to it unless this says allowed.
    writes: blocked
    # Be gentle with production: one journey at a time.
    concurrency: 1

specs: [specs/**/*.yaml]
baselines: baselines
acceptances: acceptances.yaml

viewport: { width: 1280, height: 800 }
locale: en-GB
timezone: Europe/London

# Patient data is not configuration: NHS numbers, MRNs, dates and ages are replaced by placeholders
# before text is compared. Add your test patients' names here.
normalise:
  defaults: true
  testPatients: []

# Removed before anything is written to disk (text, and painted over in screenshots).
redact: []

# Fail the run (exit 1) on unaccepted divergences at or above this severity.
failOn: major
`;
}

export function journeyTemplate(): string {
  return `# yaml-language-server: $schema=../schema/journey.schema.json
# A first journey. Write steps in the words staff see on screen, or let Parity write them:
#   parity record --env <reference> --out specs/<name>.yaml       (go through the screens in a window)
#   parity import recording.json --out specs --env <reference>   (a Chrome/Edge DevTools Recorder export)
#   parity explore --env <reference> --out specs/explored         (one journey per screen behind the menus)
journey: find-patient
title: Find a patient by NHS number
tags: [smoke]
start: /
steps:
  - name: Patient search
    actions:
      - expect: { target: { role: heading, name: Patient search }, visible: true }
  # - name: Search by NHS number
  #   actions:
  #     - fill: { label: NHS number, value: "999 000 0018" }
  #     - click: { role: button, name: Search }
`;
}
