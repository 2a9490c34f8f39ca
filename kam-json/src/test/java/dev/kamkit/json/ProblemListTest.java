package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.json.format.JsonLimits;
import dev.kamkit.json.format.JsonProblem;
import dev.kamkit.json.format.KamJsonException;
import dev.kamkit.json.format.ProblemKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A failed read reports every problem it can, in document order, each at its own pointer. */
class ProblemListTest {
  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  @Test
  void everyBrokenReferenceIsReportedNotOnlyTheFirst() {
    String input =
        json(
            "{'kamkit':'account','version':'1.0',"
                + "'account':{'id':'a','name':'A','kind':'HOSPITAL','country':'US'},"
                + "'stakeholders':[{'id':'s','name':'S','function':'CLINICAL','reportsTo':'boss',"
                + "'committeeMemberships':[{'decisionBody':'pt','role':'CHAIR'}]}],"
                + "'relationships':[{'teamMember':'t','stakeholder':'s','strength':'STRONG'}],"
                + "'whitespace':[{'product':'p','clinicalUnit':'u','status':'OPEN'}],"
                + "'plan':{'name':'P','owner':'t','actions':[{'id':'x','title':'X','objectives':['o']}]},"
                + "'transfersOfValue':[{'id':'v','date':'2026-01-01','amount':{'amount':'5.00',"
                + "'currency':'EUR'},'form':'STOCK','nature':'GIFT','recipient':'ghost'}]}");
    KamJsonException e = assertThrows(KamJsonException.class, () -> KamJson.defaults().read(input));
    assertEquals(
        List.of(
            "/stakeholders/0/reportsTo: refers to a stakeholder that is not in this account",
            "/stakeholders/0/committeeMemberships/0/decisionBody: refers to a decision body"
                + " that is not in this account",
            "/relationships/0/teamMember: refers to a team member that is not in this account",
            "/whitespace/0/product: refers to a product that is not in this account",
            "/whitespace/0/clinicalUnit: refers to a clinical unit that is not in this account",
            "/plan/owner: refers to a team member that is not in this account",
            "/plan/actions/0/objectives/0: refers to an objective that is not in this account",
            "/transfersOfValue/0/recipient: refers to a stakeholder that is not in this account"),
        e.problems().stream().map(p -> p.pointer() + ": " + p.expected()).toList());
    assertTrue(e.problems().stream().allMatch(p -> p.kind() == ProblemKind.BROKEN_REFERENCE));
    assertTrue(e.getMessage().startsWith("8 problems:\n  - /stakeholders/0/reportsTo: "));
  }

  @Test
  void structuralProblemsAcrossTheDocumentAreReportedTogetherInDocumentOrder() {
    String input =
        json(
            "{'kamkit':'account','version':'1.0',"
                + "'account':{'id':'a','name':'A','kind':'HOSPTIAL','country':'US','beds':9},"
                + "'stakeholders':[{'id':'s','function':'CLINICAL'},{'id':'t','name':'T',"
                + "'function':'CLINICAL','sentiment':'HAPPY'}],"
                + "'team':'everyone'}");
    KamJsonException e = assertThrows(KamJsonException.class, () -> KamJson.defaults().read(input));
    assertEquals(
        List.of(
            new JsonProblem(
                ProblemKind.UNKNOWN_ENUM_VALUE,
                "/account/kind",
                "one of INTEGRATED_DELIVERY_NETWORK, ACADEMIC_MEDICAL_CENTRE, HOSPITAL, CLINIC,"
                    + " PHYSICIAN_PRACTICE, PAYER, ACCOUNTABLE_CARE_ORGANISATION,"
                    + " GROUP_PURCHASING_ORGANISATION, PHARMACY_CHAIN, WHOLESALER,"
                    + " HEALTH_AUTHORITY, OTHER",
                "text \"HOSPTIAL\""),
            new JsonProblem(
                ProblemKind.UNKNOWN_PROPERTY,
                "/account/beds",
                "one of id, name, kind, parent, country, region, sites, profile, tier, facts,"
                    + " attributes",
                "\"beds\""),
            new JsonProblem(
                ProblemKind.MISSING_PROPERTY, "/stakeholders/0/name", "text", "nothing"),
            new JsonProblem(
                ProblemKind.UNKNOWN_ENUM_VALUE,
                "/stakeholders/1/sentiment",
                "one of ADVOCATE, SUPPORTER, NEUTRAL, SCEPTIC, DETRACTOR",
                "text \"HAPPY\""),
            new JsonProblem(
                ProblemKind.WRONG_TYPE,
                "/team",
                "an array of a team member object",
                "text \"everyone\"")),
        e.problems());
  }

  @Test
  void reportingStopsAtTheProblemLimit() {
    StringBuilder team = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      team.append(i == 0 ? "" : ",").append("{'id':'t").append(i).append("'}");
    }
    String input =
        json(
            "{'kamkit':'account','version':'1.0','account':{'id':'a','name':'A',"
                + "'kind':'HOSPITAL','country':'US'},'team':["
                + team
                + "]}");
    KamJson json = KamJson.builder().limits(JsonLimits.builder().maxProblems(3).build()).build();
    KamJsonException e = assertThrows(KamJsonException.class, () -> json.read(input));
    assertEquals(3, e.problems().size());
    assertTrue(e.truncated());
    assertTrue(
        e.getMessage()
            .startsWith(
                "3 problems (reading stopped there; JsonLimits.maxProblems):\n  - /team/0/name: "));
  }

  @Test
  void aPortfolioAccountListsCatalogueIdsNotObjects() {
    String input =
        json(
            "{'kamkit':'portfolio','version':'1.0','products':[{'id':'p','name':'P',"
                + "'kind':'DRUG','therapeuticArea':'X'}],'accounts':[{'account':{'id':'a','name':'A',"
                + "'kind':'HOSPITAL','country':'US'},'products':[{'id':'p'}]}]}");
    KamJsonException e = assertThrows(KamJsonException.class, () -> KamJson.defaults().read(input));
    assertEquals(
        "/accounts/0/products/0: wrong type; expected the id of a product in the"
            + " portfolio's products, found an object",
        e.problems().get(0).message());
    // not also "/products/0 is unused": the reference to it is the problem reported
    assertEquals(1, e.problems().size(), e.getMessage());
  }

  @Test
  void askingForOneKindAndGettingAnotherIsAProblem() {
    String portfolio = json("{'kamkit':'portfolio','version':'1.0'}");
    KamJsonException e =
        assertThrows(KamJsonException.class, () -> KamJson.defaults().readAccount(portfolio));
    assertEquals(
        "/kamkit: not a kamkit document of the expected kind; expected \"account\","
            + " found text \"portfolio\"",
        e.getMessage());
  }

  @Test
  void bytesThatAreNotUtf8AreMalformedJson() {
    byte[] input =
        "{\"kamkit\":\"account\",\"version\":\"1.0\",\"x\":\"\u00e9\"}"
            .getBytes(StandardCharsets.ISO_8859_1);
    KamJsonException e = assertThrows(KamJsonException.class, () -> KamJson.defaults().read(input));
    assertEquals(ProblemKind.MALFORMED_JSON, e.kind());
    assertEquals("/x", e.pointer());
    assertEquals("well-formed UTF-8 (RFC 3629)", e.expected());
    assertEquals("an incomplete sequence (byte E9 at byte 41)", e.found());
  }

  @Test
  void aFailingStreamIsAnIoFailure() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }
        };
    KamJsonException e =
        assertThrows(KamJsonException.class, () -> KamJson.defaults().read(failing));
    assertEquals(
        "(document root): could not read the input; expected readable input, found"
            + " java.io.IOException: connection reset",
        e.getMessage());
    assertTrue(e.getCause() != null);
  }

  @Test
  void streamsAreReadToTheEndButNotClosed() {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream(
            Golden.read("account-minimal.json").getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    assertEquals(Fixtures.minimalAccount(), KamJson.defaults().readAccount(in).keyAccount());
    assertFalse(closed[0]);
  }

  /** The exception declares itself Serializable; its problems used to make that fail. */
  @Test
  void theExceptionSerializesWithItsProblems() throws Exception {
    KamJsonException thrown =
        assertThrows(KamJsonException.class, () -> KamJson.defaults().read("{\"kamkit\": 7}"));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(thrown);
    }
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      KamJsonException read = (KamJsonException) in.readObject();
      assertEquals(thrown.problems(), read.problems());
      assertEquals(thrown.getMessage(), read.getMessage());
    }
  }
}
