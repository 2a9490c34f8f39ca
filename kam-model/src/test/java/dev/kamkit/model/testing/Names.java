package dev.kamkit.model.testing;

import java.util.List;

/** Small word lists for realistic names of people, places and institutions. */
final class Names {
  static final List<String> FIRST =
      List.of(
          "Olivia",
          "Liam",
          "Emma",
          "Noah",
          "Ava",
          "Elijah",
          "Sophia",
          "James",
          "Isabella",
          "William",
          "Mia",
          "Benjamin",
          "Charlotte",
          "Lucas",
          "Amelia",
          "Henry",
          "Harper",
          "Omar",
          "Priya",
          "Wei",
          "Aisha",
          "Mateo",
          "Chiara",
          "Jonas",
          "Léa",
          "Hiroshi",
          "Yuki",
          "Fatima",
          "Raj",
          "Grace",
          "Daniel",
          "Nora",
          "Samuel",
          "Ingrid",
          "Carlos",
          "Elena",
          "Kwame",
          "Zoe",
          "Tomás",
          "Hannah");
  static final List<String> LAST =
      List.of(
          "Smith",
          "Johnson",
          "Williams",
          "Brown",
          "Garcia",
          "Miller",
          "Davis",
          "Rodriguez",
          "Martinez",
          "Hernandez",
          "Lopez",
          "Wilson",
          "Anderson",
          "Thomas",
          "Taylor",
          "Moore",
          "Jackson",
          "Martin",
          "Lee",
          "Thompson",
          "White",
          "Harris",
          "Clark",
          "Lewis",
          "Walker",
          "Patel",
          "Nguyen",
          "Kim",
          "Chen",
          "Müller",
          "Schmidt",
          "Dubois",
          "Rossi",
          "Tanaka",
          "Sato",
          "O'Brien",
          "Okafor",
          "Haddad",
          "Novak",
          "Johansson",
          "Costa",
          "Fischer",
          "Moreau",
          "Bianchi",
          "Kowalski",
          "Yamamoto",
          "Singh",
          "Ibrahim",
          "Reyes",
          "Murphy");
  static final List<String> PLACES =
      List.of(
          "Riverside",
          "Lakeside",
          "Northshore",
          "Baystate",
          "Summit",
          "Valley",
          "Cedar",
          "Pinecrest",
          "Harbor",
          "Highland",
          "Prairie",
          "Meadowbrook",
          "Granite",
          "Evergreen",
          "Westfield",
          "Eastwood",
          "Silver Lake",
          "Oak Ridge",
          "Maple Grove",
          "Bluewater",
          "Stonebridge",
          "Fairview",
          "Hillcrest",
          "Brookside",
          "Mercy",
          "St. Joseph's",
          "St. Mary's",
          "Providence",
          "Good Samaritan",
          "Sacred Heart");
  static final List<String> SYSTEM_SUFFIXES =
      List.of("Health System", "Health", "Healthcare", "Health Network", "Care Partners");
  static final List<String> HOSPITAL_SUFFIXES =
      List.of(
          "Hospital",
          "Medical Center",
          "Community Hospital",
          "Regional Medical Center",
          "General Hospital");
  static final List<String> AMC_SUFFIXES =
      List.of("University Hospital", "University Medical Center", "Academic Medical Center");
  static final List<String> CLINIC_SUFFIXES =
      List.of("Clinic", "Medical Group", "Physicians", "Infusion Center", "Specialty Care");
  static final List<String> PAYER_SUFFIXES =
      List.of("Health Plan", "Mutual Insurance", "Care Plan", "Health Insurance");
  static final List<String> GPOS =
      List.of("Vizient", "Premier", "HealthTrust", "Intalere", "Provista");
  static final List<String> EHRS =
      List.of("Epic", "Oracle Health (Cerner)", "MEDITECH", "athenahealth", "Veradigm", "CPSI");
  static final List<String> COMPETITORS =
      List.of(
          "Northwind Pharma",
          "Helix Biosciences",
          "Apex Medical",
          "Meridian Therapeutics",
          "Orion Devices",
          "Cobalt Bio",
          "Solace Health",
          "Vantage Labs");

  private Names() {}

  static String person(Rng rng) {
    return rng.pick(FIRST) + " " + rng.pick(LAST);
  }

  static String place(Rng rng) {
    return rng.pick(PLACES);
  }
}
