package dev.kamkit.json;

import static dev.kamkit.json.format.ProblemKind.BROKEN_REFERENCE;
import static dev.kamkit.json.format.ProblemKind.MODEL_VIOLATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.json.format.JsonProblem;
import dev.kamkit.json.format.KamJsonException;
import dev.kamkit.json.format.ProblemKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A model violation is reported at the JSON element it concerns, whatever characters the ids on the
 * way hold: the pointer follows the model's structured path (element indexes, map keys), never a
 * text rendering of it. Each test runs once per troublesome character, in an account document and
 * in a portfolio document, whose accounts are read by the same reader one level deeper.
 */
class ViolationPointerTest {
  private static final String ACCOUNT =
      "'account':{'id':'a','name':'A','kind':'HOSPITAL','country':'US'}";

  private static String stakeholder(String id) {
    return "{'id':'" + id + "','name':'S','function':'CLINICAL'}";
  }

  private static String relationship(String teamMember, String stakeholder) {
    return "{'teamMember':'"
        + teamMember
        + "','stakeholder':'"
        + stakeholder
        + "','strength':'WORKING'}";
  }

  /** An account document, and the same account inside a portfolio document. */
  private static List<String> documents(String stakeholders, String relationships) {
    String body =
        ACCOUNT + ",'stakeholders':[" + stakeholders + "],'relationships':[" + relationships + "]";
    return List.of(
        "{'kamkit':'account','version':'1.0','team':[{'id':'k','name':'K','function':'SALES'}],"
            + body
            + "}",
        "{'kamkit':'portfolio','version':'1.0','team':[{'id':'k','name':'K','function':'SALES'}],"
            + "'accounts':[{'team':['k'],"
            + body
            + "}]}");
  }

  private static JsonProblem onlyProblem(String document) {
    KamJsonException e =
        assertThrows(
            KamJsonException.class, () -> KamJson.defaults().read(document.replace('\'', '"')));
    assertEquals(1, e.problems().size(), e::getMessage);
    return e.problems().get(0);
  }

  private static void assertAt(
      String document, ProblemKind kind, String pointer, String expected, String found) {
    assertEquals(new JsonProblem(kind, pointer, expected, found), onlyProblem(document));
  }

  @ParameterizedTest
  @ValueSource(strings = {"x]", "x].teamMember", "[x", "x.y", "a->b", "a/b", "a~b", "~1]/[0"})
  void aDanglingStakeholderIsReportedAtItsOwnRelationship(String id) {
    List<String> documents =
        documents(stakeholder("s"), relationship("k", "s") + "," + relationship("k", id));
    String rule = "refers to a stakeholder that is not in this account";
    assertAt(documents.get(0), BROKEN_REFERENCE, "/relationships/1/stakeholder", rule, id);
    assertAt(
        documents.get(1), BROKEN_REFERENCE, "/accounts/0/relationships/1/stakeholder", rule, id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"x]", "x].id", "[x", "x.y", "a->b", "a/b", "a~b", "~1]/[0"})
  void aDuplicateIdIsReportedAtItsSecondElement(String id) {
    List<String> documents =
        documents(stakeholder(id) + "," + stakeholder(id + "]") + "," + stakeholder(id), "");
    String rule = "is used by more than one element; ids must be unique";
    assertAt(documents.get(0), MODEL_VIOLATION, "/stakeholders/2/id", rule, id);
    assertAt(documents.get(1), MODEL_VIOLATION, "/accounts/0/stakeholders/2/id", rule, id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"x]", "[x", "x.y", "a->b", "a/b", "a~b"})
  void aDuplicateRelationshipIsReportedAtItsSecondElement(String id) {
    // the relationship between them is the same key as "x]" to "x]->" would have been as text
    List<String> documents =
        documents(
            stakeholder(id) + "," + stakeholder(id + "->"),
            relationship("k", id)
                + ","
                + relationship("k", id + "->")
                + ","
                + relationship("k", id));
    String rule = "is used by more than one element; ids must be unique";
    String found = "[k, " + id + "]";
    assertAt(documents.get(0), MODEL_VIOLATION, "/relationships/2", rule, found);
    assertAt(documents.get(1), MODEL_VIOLATION, "/accounts/0/relationships/2", rule, found);
  }

  @ParameterizedTest
  @ValueSource(strings = {"x]", "[x", "x.y", "a->b", "a/b", "a~b"})
  void aReportingCycleIsReportedAtTheStakeholderItStartsFrom(String id) {
    String first = "{'id':'" + id + "','name':'S','function':'CLINICAL','reportsTo':'" + id + "2'}";
    String second =
        "{'id':'" + id + "2','name':'T','function':'CLINICAL','reportsTo':'" + id + "'}";
    List<String> documents = documents(stakeholder("s") + "," + second + "," + first, "");
    String rule = "reporting lines form a cycle: [" + id + ", " + id + "2]";
    assertAt(documents.get(0), MODEL_VIOLATION, "/stakeholders/2/reportsTo", rule, id + "2");
    assertAt(
        documents.get(1), MODEL_VIOLATION, "/accounts/0/stakeholders/2/reportsTo", rule, id + "2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"x]", "[x", "x.y", "a->b", "a/b", "a~b"})
  void aBadAttributeKeyIsReportedAtItsEntryEscaped(String key) {
    String document =
        "{'kamkit':'account','version':'1.0','account':{'id':'a','name':'A','kind':'HOSPITAL',"
            + "'country':'US','attributes':{' "
            + key
            + "':{'text':'v'}}}}";
    String escaped = (" " + key).replace("~", "~0").replace("/", "~1");
    assertAt(
        document,
        MODEL_VIOLATION,
        "/account/attributes/" + escaped,
        "keys must be non-blank and carry no leading or trailing whitespace",
        "\" " + key + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"x]", "[x", "x.y", "a->b", "a/b", "a~b"})
  void aPortfolioReportsAccountsAtTheirOwnElement(String id) {
    String twice =
        "{'kamkit':'portfolio','version':'1.0','accounts':[{'account':{'id':'"
            + id
            + "','name':'A','kind':'HOSPITAL','country':'US'}},{'account':{'id':'"
            + id
            + "]','name':'B','kind':'HOSPITAL','country':'US'}},{'account':{'id':'"
            + id
            + "','name':'C','kind':'CLINIC','country':'US'}}]}";
    assertAt(
        twice,
        MODEL_VIOLATION,
        "/accounts/2/account/id",
        "is used by more than one element; ids must be unique",
        id);
    String cycle =
        "{'kamkit':'portfolio','version':'1.0','accounts':[{'account':{'id':'z','name':'Z',"
            + "'kind':'HOSPITAL','country':'US'}},{'account':{'id':'"
            + id
            + "2','name':'B','kind':'CLINIC','country':'US','parent':'"
            + id
            + "'}},{'account':{'id':'"
            + id
            + "','name':'A','kind':'HOSPITAL','country':'US','parent':'"
            + id
            + "2'}}]}";
    assertAt(
        cycle,
        MODEL_VIOLATION,
        "/accounts/2/account/parent",
        "the account hierarchy forms a cycle: [" + id + ", " + id + "2]",
        id + "2");
  }
}
