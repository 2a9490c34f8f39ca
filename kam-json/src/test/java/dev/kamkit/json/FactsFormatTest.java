package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.json.format.JsonProblem;
import dev.kamkit.json.format.KamJsonException;
import dev.kamkit.json.format.ProblemKind;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.rules.compliance.france.FranceFacts;
import dev.kamkit.rules.compliance.france.FrancePack;
import dev.kamkit.rules.compliance.france.FrenchKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Format 1.4's typed facts: a name no pack declares, or a value not of its kind, is a problem at
 * the fact's own JSON Pointer; a 1.3 document's facts in attributes are read as attributes.
 */
class FactsFormatTest {
  private final KamJson json = KamJson.defaults();

  private static String account(String version, String transfer) {
    return ("{'kamkit':'account','version':'"
            + version
            + "','account':{'id':'a','name':'A','kind':'HOSPITAL','country':'FR'},"
            + "'stakeholders':[{'id':'h','name':'H','function':'CLINICAL'}],"
            + "'transfersOfValue':[{'id':'t','date':'2025-03-01',"
            + "'amount':{'amount':'40.00','currency':'EUR'},'form':'CASH_OR_CASH_EQUIVALENT',"
            + "'nature':'FOOD_AND_BEVERAGE','recipient':'h',"
            + transfer
            + "}]}")
        .replace('\'', '"');
  }

  private JsonProblem onlyProblem(String text) {
    KamJsonException e = assertThrows(KamJsonException.class, () -> json.readAccount(text));
    assertEquals(1, e.problems().size(), e.problems()::toString);
    return e.problems().get(0);
  }

  @Test
  void typedFactsAreRead() {
    KeyAccount read =
        json.readAccount(account("1.4", "'facts':{'fr.kind':'impromptu-meal','fr.units':2}"))
            .keyAccount();
    assertEquals(
        Optional.of(FrenchKind.IMPROMPTU_MEAL),
        Fact.find(read.transfersOfValue().get(0).facts(), FranceFacts.KIND));
    assertEquals(
        Optional.of(2L), Fact.find(read.transfersOfValue().get(0).facts(), FranceFacts.UNITS));
  }

  @Test
  void anUnknownFactNameIsAProblemNamingIt() {
    JsonProblem p = onlyProblem(account("1.4", "'facts':{'fr.knd':'meal'}"));
    assertEquals(ProblemKind.UNKNOWN_PROPERTY, p.kind());
    assertEquals("/transfersOfValue/0/facts/fr.knd", p.pointer());
  }

  @Test
  void aValueOutsideTheFactsKindIsAProblemAtTheFact() {
    JsonProblem code = onlyProblem(account("1.4", "'facts':{'fr.kind':'dinner'}"));
    assertEquals(ProblemKind.INVALID_VALUE, code.kind());
    assertEquals("/transfersOfValue/0/facts/fr.kind", code.pointer());
    JsonProblem zero = onlyProblem(account("1.4", "'facts':{'fr.units':0}"));
    assertEquals(ProblemKind.INVALID_VALUE, zero.kind());
    assertEquals("/transfersOfValue/0/facts/fr.units", zero.pointer());
    JsonProblem text = onlyProblem(account("1.4", "'facts':{'fr.units':'2'}"));
    assertEquals(ProblemKind.WRONG_TYPE, text.kind());
  }

  @Test
  void aOneThreeDocumentsFactInAttributesIsReadAsAnAttributeAndReportedAsMoved() {
    KeyAccount read =
        json.readAccount(account("1.3", "'attributes':{'fr.kind':{'text':'meal'}}")).keyAccount();
    assertEquals(List.of(), List.copyOf(read.transfersOfValue().get(0).facts()));
    List<Arg> problems =
        FrancePack.withDefaults().check(read, LocalDate.of(2025, 12, 31)).stream()
            .filter(f -> f.ruleId().equals("france.attribute.invalid"))
            .map(f -> f.message().arg("problems"))
            .toList();
    assertEquals(
        List.of(
            Arg.list(
                Arg.of(
                    Message.of(
                        ModelCode.ATTRIBUTE_MOVED,
                        Arg.text("fr.kind"),
                        Arg.text("facts[\"fr.kind\"]"))))),
        problems);
  }
}
