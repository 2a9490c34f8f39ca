package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.kamkit.json.format.JsonLimits;
import dev.kamkit.json.format.JsonProblem;
import dev.kamkit.json.format.KamDocument;
import dev.kamkit.json.format.KamJsonException;
import dev.kamkit.json.format.ProblemKind;
import dev.kamkit.json.format.ReadMode;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reader streams from the parser into the builders, so what it may not depend on is the order
 * of properties (JSON objects are unordered), where the input comes from, or a document's size
 * beyond the limits.
 */
class StreamingReaderTest {
  private static final KamJson JSON = KamJson.defaults();
  private static final JsonMapper TREES = JsonMapper.builder().build();

  @Test
  void propertiesInAnyOrderReadTheSame() {
    List<String> goldens =
        List.of(
            "account-every-property.json",
            "account-idn-lakeshore.json",
            "portfolio-st-brendan-heartland.json");
    qt().withExamples(60)
        .forAll(integers().between(0, goldens.size() - 1), longs().all())
        .checkAssert(
            (which, seed) -> {
              String golden = Golden.read(goldens.get(which));
              String shuffled = shuffle(TREES.readTree(golden), new Random(seed)).toString();
              assertEquals(JSON.read(golden), JSON.read(shuffled), goldens.get(which));
            });
  }

  @Test
  void theEnvelopeLastAndAccountsBeforeTheCataloguesAreReadToo() {
    ObjectNode portfolio =
        (ObjectNode) TREES.readTree(Golden.read("portfolio-st-brendan-heartland.json"));
    ObjectNode reordered = JsonNodeFactory.instance.objectNode();
    for (String name : List.of("accounts", "team", "products", "version", "kamkit")) {
      reordered.set(name, portfolio.get(name));
    }
    assertEquals(JSON.read(portfolio.toString()), JSON.read(reordered.toString()));
  }

  @Test
  void aModelViolationIsPlacedTheSameWhereverTheDocumentComesFrom() {
    // a relationship to a stakeholder the account does not have: found only when the key
    // account is built, and placed by reading the document again
    ObjectNode account = (ObjectNode) TREES.readTree(Golden.read("account-idn-lakeshore.json"));
    ObjectNode relationship = (ObjectNode) account.withArray("relationships").get(2);
    relationship.put("stakeholder", "nobody");
    String text = account.toString();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    JsonMapper host = JsonMapper.builder().addModule(new KamkitModule()).build();
    Map<String, Function<String, KamDocument>> sources =
        Map.of(
            "String", JSON::read,
            "byte[]", t -> JSON.read(bytes),
            "Reader", t -> JSON.read(new StringReader(t)),
            "InputStream", t -> JSON.read(new ByteArrayInputStream(bytes)),
            "host mapper", t -> host.readValue(t, KamDocument.class));
    List<JsonProblem> expected =
        List.of(
            new JsonProblem(
                ProblemKind.BROKEN_REFERENCE,
                "/relationships/2/stakeholder",
                "refers to a stakeholder that is not in this account",
                "nobody"));
    sources.forEach(
        (name, read) -> {
          KamJsonException e = assertThrows(KamJsonException.class, () -> read.apply(text), name);
          assertEquals(expected, e.problems(), name);
        });
  }

  @Test
  void aDocumentOverTheElementLimitIsRefusedAtTheFirstElementTooManyWithoutReadingTheRest() {
    int max = 1_000;
    // an unknown property is skipped, and what is skipped is counted too
    StringBuilder text =
        new StringBuilder("{\"kamkit\":\"account\",\"version\":\"1.4\",\"bulk\":[");
    for (int i = 0; i < 1_000_000; i++) {
      text.append(i == 0 ? "0" : ",0");
    }
    text.append("]}");
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    JsonLimits limits = JsonLimits.builder().maxElements(max).build();
    KamJson small = KamJson.builder().limits(limits).build();

    KamJsonException e = assertThrows(KamJsonException.class, () -> small.read(bytes));
    // the document, its two strings and the array are four: element 996 is the 1,001st value
    assertEquals(ProblemKind.LIMIT_EXCEEDED, e.kind());
    assertEquals("/bulk/996", e.problems().get(0).pointer());

    // a host's parser is read only as far as the limit: a few buffers, not the 3 MB
    CountingStream in = new CountingStream(new ByteArrayInputStream(bytes));
    JsonMapper host =
        JsonMapper.builder().addModule(new KamkitModule(ReadMode.STRICT, limits)).build();
    KamJsonException onHost =
        assertThrows(KamJsonException.class, () -> host.readValue(in, KamDocument.class));
    assertEquals(ProblemKind.LIMIT_EXCEEDED, onHost.kind());
    assertEquals("/bulk/996", onHost.problems().get(0).pointer());
    assertTrue(in.read < 100_000, in.read + " bytes read of " + bytes.length);
  }

  @Test
  void aPropertyGivenTwiceIsRefusedWhereverItIs() {
    for (String input :
        List.of(
            "{\"kamkit\":\"account\",\"kamkit\":\"account\",\"version\":\"1.4\"}",
            "{\"kamkit\":\"account\",\"version\":\"1.4\",\"account\":{\"id\":\"a\",\"id\":\"b\"}}",
            "{\"kamkit\":\"account\",\"version\":\"1.4\",\"plan\":{},\"plan\":{}}",
            "{\"version\":\"1.4\",\"team\":[],\"kamkit\":\"account\",\"team\":[]}",
            "{\"kamkit\":\"portfolio\",\"version\":\"1.4\",\"team\":[],\"team\":[]}")) {
      KamJsonException e = assertThrows(KamJsonException.class, () -> JSON.read(input), input);
      assertEquals(ProblemKind.MALFORMED_JSON, e.kind(), input);
      assertTrue(e.problems().get(0).found().startsWith("a second"), input);
    }
  }

  /** {@code node} with the properties of every object in a random order. */
  private static JsonNode shuffle(JsonNode node, Random random) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> properties = new ArrayList<>(node.properties());
      Collections.shuffle(properties, random);
      ObjectNode shuffled = JsonNodeFactory.instance.objectNode();
      properties.forEach(p -> shuffled.set(p.getKey(), shuffle(p.getValue(), random)));
      return shuffled;
    }
    if (node.isArray()) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> array.add(shuffle(element, random)));
      return array;
    }
    return node;
  }

  /** Counts the bytes a parser takes from the stream. */
  private static final class CountingStream extends FilterInputStream {
    long read;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      read += Math.max(n, 0);
      return n;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      read += b < 0 ? 0 : 1;
      return b;
    }
  }
}
