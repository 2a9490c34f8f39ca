package dev.kamkit.json;

import static dev.kamkit.json.format.ProblemKind.BROKEN_REFERENCE;
import static dev.kamkit.json.format.ProblemKind.INVALID_VALUE;
import static dev.kamkit.json.format.ProblemKind.UNKNOWN_PROPERTY;
import static dev.kamkit.json.format.ProblemKind.WRONG_TYPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.json.format.JsonProblem;
import dev.kamkit.json.format.KamJsonException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A problem is reported once, at its cause: checks that depend on a part already reported broken
 * are skipped, rather than burying the cause under problems that only follow from it.
 */
class FollowOnTest {
  private static final String PORTFOLIO = "{'kamkit':'portfolio','version':'1.0',";
  private static final String CATALOGUES =
      "'products':[{'id':'p1','name':'P1','kind':'DRUG','therapeuticArea':'X'},"
          + "{'id':'p2','name':'P2','kind':'DRUG','therapeuticArea':'X'}],"
          + "'team':[{'id':'t1','name':'T1','function':'SALES'},"
          + "{'id':'t2','name':'T2','function':'SALES'}],";
  private static final String ACCOUNT =
      "'account':{'id':'a','name':'A','kind':'HOSPITAL','country':'US'}";

  private static List<JsonProblem> problems(String singleQuoted) {
    String input = singleQuoted.replace('\'', '"');
    return assertThrows(KamJsonException.class, () -> KamJson.defaults().read(input)).problems();
  }

  @Test
  void accountsNullIsOneProblemNotOnePerCatalogueEntry() {
    assertEquals(
        List.of(
            new JsonProblem(
                WRONG_TYPE, "/accounts", "an array of a portfolio account object", "null")),
        problems(PORTFOLIO + CATALOGUES + "'accounts':null}"));
  }

  @Test
  void anAccountEntryOfTheWrongTypeHidesWhatItListed() {
    assertEquals(
        List.of(
            new JsonProblem(WRONG_TYPE, "/accounts/1", "a portfolio account object", "text \"b\"")),
        problems(
            PORTFOLIO
                + CATALOGUES
                + "'accounts':[{"
                + ACCOUNT
                + ",'products':['p1'],'team':['t1']},'b']}"));
  }

  @Test
  void aListOfIdsOfTheWrongTypeHidesItsIdsButNotTheOtherCatalogue() {
    assertEquals(
        List.of(
            new JsonProblem(
                WRONG_TYPE,
                "/accounts/0/products",
                "an array of the id of a product in the portfolio's products",
                "text \"p1\""),
            new JsonProblem(
                INVALID_VALUE,
                "/team/1",
                "a team member that at least one account lists in its team",
                "team member \"t2\", which no account lists")),
        problems(
            PORTFOLIO
                + CATALOGUES
                + "'accounts':[{"
                + ACCOUNT
                + ",'products':'p1','team':['t1']}]}"));
  }

  @Test
  void aMisspeltListIsReportedButItsEntriesAreNotCalledUnused() {
    assertEquals(
        List.of(
            new JsonProblem(
                UNKNOWN_PROPERTY,
                "/accounts/0/prodcts",
                "one of account, stakeholders, influences, decisionBodies, team, relationships,"
                    + " targetLists, products, promotionalMaterials, whitespace, formulary, plan,"
                    + " interactions, transfersOfValue, serviceAgreements, opportunities,"
                    + " committeeSubmissions, competitorActivity",
                "\"prodcts\"")),
        problems(
            PORTFOLIO
                + CATALOGUES
                + "'accounts':[{"
                + ACCOUNT
                + ",'prodcts':['p1','p2'],'team':['t1','t2']}]}"));
  }

  /**
   * An id that names nothing and an entry nobody lists, side by side, hint at a typo: both stay.
   */
  @Test
  void aBrokenReferenceStillComesWithTheEntryNobodyLists() {
    assertEquals(
        List.of(
            new JsonProblem(
                BROKEN_REFERENCE,
                "/accounts/0/products/1",
                "refers to a product that is not in the portfolio's products",
                "p3"),
            new JsonProblem(
                INVALID_VALUE,
                "/products/1",
                "a product that at least one account lists in its products",
                "product \"p2\", which no account lists")),
        problems(
            PORTFOLIO
                + CATALOGUES
                + "'accounts':[{"
                + ACCOUNT
                + ",'products':['p1','p3'],'team':['t1','t2']}]}"));
  }

  /** A catalogue that is not an array is reported; each id into it is not reported again. */
  @Test
  void aCatalogueOfTheWrongTypeIsOneProblemNotOnePerReference() {
    assertEquals(
        List.of(new JsonProblem(WRONG_TYPE, "/products", "an array of a product object", "null")),
        problems(
            PORTFOLIO
                + "'products':null,'team':[{'id':'t1','name':'T1','function':'SALES'}],"
                + "'accounts':[{"
                + ACCOUNT
                + ",'products':['p1','p2'],'team':['t1']},{"
                + ACCOUNT.replace("'a'", "'b'")
                + ",'products':['p1']}]}"));
  }
}
