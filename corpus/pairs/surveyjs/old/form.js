// The admission form definition (SurveyJS JSON), as the training domain has it.
window.admissionForm = {
  title: "Inpatient admission assessment",
  description: "St Elsewhere NHS Foundation Trust · Ward clerking",
  showQuestionNumbers: "on",
  showProgressBar: "top",
  progressBarType: "pages",
  questionErrorLocation: "bottom",
  pagePrevText: "Previous",
  pageNextText: "Next",
  completeText: "Complete admission",
  completedHtml: "<h3>Admission recorded</h3>",
  pages: [
    {
      name: "patient",
      title: "Patient and admission details",
      elements: [
        { type: "text", name: "hospitalNumber", title: "Hospital number", isRequired: true, description: "As printed on the wristband, for example RX1234567." },
        { type: "text", name: "admissionDate", title: "Date of admission", inputType: "date", isRequired: true },
        {
          type: "dropdown", name: "admittingWard", title: "Admitting ward", isRequired: true, placeholder: "Select a ward…",
          choices: [
            { value: "W3A", text: "Ward 3A General Surgery" },
            { value: "W4B", text: "Ward 4B Orthopaedics" },
            { value: "W5C", text: "Ward 5C Respiratory" },
            { value: "W6D", text: "Ward 6D Care of the Elderly" },
            { value: "CCU", text: "Coronary Care Unit" }
          ]
        },
        {
          type: "radiogroup", name: "admissionMethod", title: "Method of admission", isRequired: true,
          choices: [
            { value: "11", text: "Elective - waiting list" },
            { value: "21", text: "Emergency - A&E" },
            { value: "22", text: "Emergency - GP referral" },
            { value: "81", text: "Transfer from another hospital" }
          ]
        },
        { type: "text", name: "religion", title: "Religion or belief" }
      ]
    },
    {
      name: "clinical",
      title: "Clinical assessment",
      elements: [
        { type: "comment", name: "presentingComplaint", title: "Presenting complaint", isRequired: true, rows: 3, description: "In the patient's own words where possible." },
        {
          type: "checkbox", name: "allergies", title: "Known allergies", colCount: 1, showNoneItem: true, noneText: "No known allergies",
          choices: [
            { value: "PEN", text: "Penicillin" },
            { value: "NSAID", text: "NSAIDs" },
            { value: "LATEX", text: "Latex" },
            { value: "NUT", text: "Nuts" }
          ]
        },
        { type: "boolean", name: "fallsRisk", title: "Fall in the last 12 months?", labelTrue: "Yes", labelFalse: "No" },
        { type: "rating", name: "painScore", title: "Pain score", rateMin: 0, rateMax: 10, minRateDescription: "No pain", maxRateDescription: "Worst pain" },
        { type: "file", name: "referralLetter", title: "Referral letter", storeDataAsText: true }
      ]
    },
    {
      name: "medication",
      title: "Medication and consent",
      elements: [
        {
          type: "matrix", name: "medicationReview", title: "Medicines reconciliation",
          columns: [
            { value: "continue", text: "Continue" },
            { value: "withhold", text: "Withhold" },
            { value: "stop", text: "Stop" }
          ],
          rows: [
            { value: "anticoag", text: "Anticoagulants" },
            { value: "insulin", text: "Insulin" },
            { value: "opioids", text: "Opioids" }
          ]
        },
        { type: "boolean", name: "consentShare", title: "Patient consents to share the record with their GP", isRequired: true },
        { type: "comment", name: "clerkingNotes", title: "Clerking notes", rows: 4, descriptionLocation: "underInput", description: "Include social circumstances and discharge planning." }
      ]
    }
  ]
};
