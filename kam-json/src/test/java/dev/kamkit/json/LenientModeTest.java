package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.json.format.AccountDocument;
import dev.kamkit.json.format.KamJsonException;
import dev.kamkit.json.format.ProblemKind;
import dev.kamkit.json.format.UnknownProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Lenient reading keeps what it does not know, in place; strict reading refuses it. */
class LenientModeTest {
  private static final KamJson LENIENT = KamJson.builder().lenient().build();

  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  @Test
  void aProfileHoldingOnlyUnknownPropertiesIsStillWrittenBack() {
    String input =
        LENIENT
            .write(Fixtures.minimalAccount())
            .replace(
                "\"country\": \"US\"", "\"country\": \"US\",\n    \"profile\": {\"x\": [1, 2.50]}");
    AccountDocument doc = LENIENT.readAccount(input);
    assertEquals(Fixtures.minimalAccount(), doc.keyAccount());
    String written = LENIENT.write(doc);
    assertTrue(
        written.contains("\"profile\": {\n      \"x\": [\n        1,\n        2.50\n"), written);
    assertEquals(written, LENIENT.write(LENIENT.readAccount(written)));
  }

  @Test
  void newerMinorVersionsAreReadLenientlyAndKeepTheirNumber() {
    String input =
        json(
            "{'kamkit':'account','version':'1.7','account':{'id':'a','name':'A',"
                + "'kind':'HOSPITAL','country':'US'},'newSection':{'added':'in 1.7'}}");
    AccountDocument doc = LENIENT.readAccount(input);
    assertEquals("1.7", doc.version().toString());
    assertTrue(
        LENIENT.write(doc).startsWith("{\n  \"kamkit\": \"account\",\n  \"version\": \"1.7\""));
  }

  @Test
  void leniencyDoesNotExtendToNewerMajorsOrUnknownEnumValues() {
    assertEquals(
        ProblemKind.VERSION,
        assertThrows(
                KamJsonException.class,
                () -> LENIENT.read(json("{'kamkit':'account','version':'2.0'}")))
            .kind());
    assertEquals(
        ProblemKind.UNKNOWN_ENUM_VALUE,
        assertThrows(
                KamJsonException.class,
                () ->
                    LENIENT.read(
                        json(
                            "{'kamkit':'account','version':'1.4','account':{'id':'a',"
                                + "'name':'A','kind':'HOSPITAL_SYSTEM','country':'US'}}")))
            .kind());
  }

  @Test
  void strictReadingReportsEveryUnknownProperty() {
    String input =
        json(
            "{'kamkit':'account','version':'1.0','x':1,'account':{'id':'a',"
                + "'name':'A','kind':'HOSPITAL','country':'US','y':2}}");
    KamJsonException e = assertThrows(KamJsonException.class, () -> KamJson.defaults().read(input));
    assertEquals(2, e.problems().size());
    assertEquals("/x", e.problems().get(0).pointer());
    assertEquals("/account/y", e.problems().get(1).pointer());
  }

  @Test
  void unknownPropertiesAreCopiedInAndOutAndEscapedAsPointers() {
    ObjectNode value = JsonNodeFactory.instance.objectNode().put("k", 1);
    Map<String, JsonNode> given = new LinkedHashMap<>();
    given.put("/account/a~1b~0c", value);
    UnknownProperties unknown = UnknownProperties.of(given);
    value.put("k", 2);
    assertEquals(1, unknown.in("/account").get("a/b~c").get("k").asInt());
    unknown.in("/account").get("a/b~c").toString();
    assertEquals(given.keySet(), unknown.asMap().keySet());
    assertEquals("a~1b~0c", UnknownProperties.escape("a/b~c"));
    assertTrue(unknown.anyWithin("/account"));
    assertThrows(IllegalArgumentException.class, () -> UnknownProperties.of(Map.of("x", value)));
  }

  @Test
  void aDocumentClaimingAnotherMajorVersionIsNotWritten() {
    AccountDocument doc =
        new AccountDocument(
            Fixtures.minimalAccount(),
            new dev.kamkit.json.format.FormatVersion(2, 0),
            UnknownProperties.none());
    assertThrows(IllegalArgumentException.class, () -> LENIENT.write(doc));
  }

  @Test
  void anUnknownPropertyNamedLikeAKnownOneIsRefusedWhenWriting() {
    Map<String, JsonNode> clash = Map.of("/account/name", JsonNodeFactory.instance.stringNode("B"));
    AccountDocument doc =
        new AccountDocument(
            Fixtures.minimalAccount(),
            AccountDocument.of(Fixtures.minimalAccount()).version(),
            UnknownProperties.of(clash));
    assertThrows(IllegalArgumentException.class, () -> LENIENT.write(doc));
  }
}
