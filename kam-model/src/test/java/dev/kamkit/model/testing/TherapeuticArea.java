package dev.kamkit.model.testing;

import java.util.List;
import java.util.Optional;

/**
 * A therapeutic area with the clinical units that treat it, indications products carry in it, and
 * conditions patient pathways follow: what keeps products, units and whitespace coherent.
 */
record TherapeuticArea(
    String name, List<String> units, List<String> indications, List<String> conditions) {

  static final List<TherapeuticArea> ALL =
      List.of(
          new TherapeuticArea(
              "Oncology",
              List.of("Oncology", "Haematology-Oncology", "Radiation Oncology", "Infusion Suite"),
              List.of(
                  "Metastatic non-small cell lung cancer, first line",
                  "HER2-positive early breast cancer, adjuvant",
                  "Relapsed multiple myeloma",
                  "Advanced renal cell carcinoma",
                  "Chemotherapy-induced neutropenia"),
              List.of("Lung cancer", "Breast cancer", "Multiple myeloma")),
          new TherapeuticArea(
              "Cardiology",
              List.of("Cardiology", "Cardiac Surgery", "Cath Lab", "Heart Failure Clinic"),
              List.of(
                  "Heart failure with reduced ejection fraction",
                  "Atrial fibrillation, stroke prevention",
                  "Primary hypercholesterolaemia",
                  "Percutaneous coronary intervention"),
              List.of("Heart failure", "Atrial fibrillation")),
          new TherapeuticArea(
              "Neurology",
              List.of("Neurology", "Stroke Unit", "Neurosurgery"),
              List.of(
                  "Relapsing multiple sclerosis",
                  "Migraine prevention in adults",
                  "Acute ischaemic stroke"),
              List.of("Multiple sclerosis", "Stroke")),
          new TherapeuticArea(
              "Immunology",
              List.of("Rheumatology", "Dermatology", "Gastroenterology"),
              List.of(
                  "Moderate-to-severe rheumatoid arthritis",
                  "Plaque psoriasis",
                  "Ulcerative colitis",
                  "Crohn's disease"),
              List.of("Rheumatoid arthritis", "Inflammatory bowel disease")),
          new TherapeuticArea(
              "Endocrinology",
              List.of("Endocrinology", "Diabetes Center"),
              List.of(
                  "Type 2 diabetes mellitus, glycaemic control",
                  "Chronic weight management in obesity"),
              List.of("Type 2 diabetes", "Obesity")),
          new TherapeuticArea(
              "Respiratory",
              List.of("Pulmonology", "Intensive Care Unit"),
              List.of("Severe eosinophilic asthma", "COPD maintenance treatment"),
              List.of("Severe asthma", "COPD")),
          new TherapeuticArea(
              "Infectious disease",
              List.of("Infectious Diseases", "Antimicrobial Stewardship"),
              List.of(
                  "Complicated urinary tract infection",
                  "Hospital-acquired bacterial pneumonia",
                  "HIV-1 infection"),
              List.of("HIV", "Sepsis")),
          new TherapeuticArea(
              "Nephrology",
              List.of("Nephrology", "Dialysis Unit"),
              List.of("Anaemia of chronic kidney disease", "Hyperkalaemia"),
              List.of("Chronic kidney disease")),
          new TherapeuticArea(
              "Surgery",
              List.of("General Surgery", "Orthopaedics", "Operating Rooms"),
              List.of("Total knee arthroplasty", "Surgical wound closure", "Central venous access"),
              List.of("Knee osteoarthritis", "Surgical site infection")));

  /** Units every hospital has whatever the products: they make NOT_INDICATED cells. */
  static final List<String> GENERAL_UNITS =
      List.of("Emergency Department", "Internal Medicine", "Paediatrics", "Obstetrics");

  /** The area whose units include {@code unit}, if any. */
  static Optional<TherapeuticArea> ofUnit(String unit) {
    return ALL.stream().filter(area -> area.units.contains(unit)).findFirst();
  }

  /** The area called {@code name}, if any. */
  static Optional<TherapeuticArea> named(String name) {
    return ALL.stream().filter(area -> area.name.equals(name)).findFirst();
  }
}
