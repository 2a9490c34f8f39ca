package host.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A host that also switches on Boot's own problem details, whose handler answers every unreadable
 * body with "Failed to read request" and nothing more: the advice, first in order, still gives
 * kamkit's problems. A second, small application context (about a second).
 */
@SpringBootTest(properties = "spring.mvc.problemdetails.enabled=true")
@AutoConfigureMockMvc
class BootProblemDetailsTest {
  @Autowired MockMvc mvc;
  @Autowired JsonMapper mapper;

  @Test
  void kamkitsProblemsWinOverBootsProblemDetails() throws Exception {
    MockHttpServletResponse response =
        SpringBootHostTest.evaluate(mvc, SpringBootHostTest.MALFORMED);
    assertEquals(400, response.getStatus());
    assertEquals(MediaType.APPLICATION_PROBLEM_JSON_VALUE, response.getContentType());
    JsonNode body = mapper.readTree(response.getContentAsString());
    assertEquals("MALFORMED_JSON", body.at("/problems/0/kind").asString());
    assertEquals("", body.at("/problems/0/pointer").asString());
  }
}
