package host.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.kamkit.json.KamJson;
import dev.kamkit.json.format.AccountResults;
import dev.kamkit.json.format.ResultsDocument;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.rules.evaluation.Kamkit;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The host's endpoints through MockMvc: one application context, no server, a few seconds. */
@SpringBootTest
@AutoConfigureMockMvc
class SpringBootHostTest {
  /** A body that ends inside the document. */
  static final String MALFORMED = "{\"kamkit\":";

  private static KeyAccount riverside;

  @Autowired MockMvc mvc;
  @Autowired JsonMapper mapper;
  @Autowired AccountController controller;

  @BeforeAll
  static void readSample() throws Exception {
    try (Reader in = Files.newBufferedReader(Path.of(System.getProperty("kamkit.sample")))) {
      riverside = KamJson.defaults().readPortfolio(in).portfolio().accounts().get(0);
    }
    assertEquals("riverside-health", riverside.account().id().toString());
  }

  @Test
  void bootsMapperFoundTheModuleByItself() {
    assertTrue(
        mapper.registeredModules().stream().anyMatch(m -> m.getModuleName().equals("kamkit")),
        () -> "modules: " + mapper.registeredModules());
  }

  /**
   * The host leaves Jackson to Boot, as README's "In a Spring Boot host" says: the Jackson Boot
   * manages (3.1.4 in Boot 4.0.7), older than kam-json's build's (3.1.8). Another Boot, another
   * Jackson: check README's statement then.
   */
  @Test
  void theHostRunsOnTheJacksonBootManages() {
    assertEquals("3.1.4", tools.jackson.databind.cfg.PackageVersion.VERSION.toString());
  }

  @Test
  void anEvaluationIsTheDocumentedResultsDocument() throws Exception {
    MockHttpServletResponse response = call(get("/accounts/riverside-health/evaluation"));
    assertEquals(200, response.getStatus());
    assertEquals(expectedResults(riverside), mapper.readTree(response.getContentAsString()));
  }

  @Test
  void moneyIsTheMoneyObject() throws Exception {
    MockHttpServletResponse response = call(get("/accounts/riverside-health/potential"));
    assertEquals(200, response.getStatus());
    assertEquals("{\"amount\":\"1800000.00\",\"currency\":\"USD\"}", response.getContentAsString());
  }

  @Test
  void anAccountDocumentInTheBodyIsEvaluated() throws Exception {
    MockHttpServletResponse response = postBody(KamJson.defaults().write(riverside));
    assertEquals(200, response.getStatus());
    assertEquals(expectedResults(riverside), mapper.readTree(response.getContentAsString()));
  }

  @Test
  void aMalformedBodyIs400WithItsProblem() throws Exception {
    MockHttpServletResponse response = postBody(MALFORMED);
    assertEquals(400, response.getStatus());
    assertEquals(MediaType.APPLICATION_PROBLEM_JSON_VALUE, response.getContentType());
    assertEquals(List.of("MALFORMED_JSON "), problems(response));
  }

  @Test
  void anInvalidBodyIs400WithEveryProblemAndPointer() throws Exception {
    ObjectNode doc = (ObjectNode) mapper.readTree(KamJson.defaults().write(riverside));
    ((ObjectNode) doc.get("account")).put("kind", "IDN").remove("name");
    MockHttpServletResponse response = postBody(doc.toString());
    assertEquals(400, response.getStatus());
    assertEquals(MediaType.APPLICATION_PROBLEM_JSON_VALUE, response.getContentType());
    assertEquals(
        List.of("UNKNOWN_ENUM_VALUE /account/kind", "MISSING_PROPERTY /account/name"),
        problems(response));
    JsonNode body = mapper.readTree(response.getContentAsString());
    assertEquals(400, body.get("status").asInt());
    assertEquals("text \"IDN\"", body.at("/problems/0/found").asString());
  }

  /**
   * What Spring does without the advice: the same controller and Boot's mapper, no advice. Still
   * 400, since KamJsonException is a Jackson read exception, but no body saying why.
   */
  @Test
  void withoutTheAdviceSpringAnswers400WithoutTheProblems() throws Exception {
    MockMvc plain =
        MockMvcBuilders.standaloneSetup(controller)
            .setMessageConverters(new JacksonJsonHttpMessageConverter(mapper))
            .build();
    MockHttpServletResponse response = evaluate(plain, MALFORMED);
    assertEquals(400, response.getStatus());
    assertEquals("", response.getContentAsString());
  }

  private JsonNode expectedResults(KeyAccount account) {
    ResultsDocument results =
        ResultsDocument.of(
            AccountController.AS_OF,
            AccountResults.of(Kamkit.withDefaults().evaluate(account, AccountController.AS_OF)));
    return mapper.readTree(KamJson.defaults().write(results));
  }

  private List<String> problems(MockHttpServletResponse response) throws Exception {
    List<String> out = new ArrayList<>();
    for (JsonNode p : mapper.readTree(response.getContentAsString()).get("problems")) {
      out.add(p.get("kind").asString() + " " + p.get("pointer").asString());
    }
    return out;
  }

  private MockHttpServletResponse postBody(String json) throws Exception {
    return evaluate(mvc, json);
  }

  /** {@code json} posted to the evaluate endpoint through {@code mvc}. */
  static MockHttpServletResponse evaluate(MockMvc mvc, String json) throws Exception {
    return mvc.perform(
            post("/accounts/evaluate").contentType(MediaType.APPLICATION_JSON).content(json))
        .andReturn()
        .getResponse();
  }

  private MockHttpServletResponse call(org.springframework.test.web.servlet.RequestBuilder request)
      throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }
}
