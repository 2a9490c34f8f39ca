package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The check itself; a host whose build pins an old jackson-annotations is the consumer test {@code
 * consumer-tests/src/it/old-jackson-host}.
 */
class JacksonRequirementTest {

  @Test
  void theBuildsOwnJacksonMeetsIt() throws Exception {
    assertDoesNotThrow(JacksonRequirement::check);
    // the probe is the class an old jackson-annotations lacks and Jackson 3.1 loads
    assertEquals(
        JacksonRequirement.PROBE,
        Class.forName(JacksonRequirement.PROBE).getName(),
        "the probe class exists in the jackson-annotations Jackson brings");
  }

  @Test
  void theMessageNamesTheArtifactTheMinimumWhatWasFoundAndTheFix() {
    String m = JacksonRequirement.message("version 2.17.2");
    assertTrue(m.contains("com.fasterxml.jackson.core:jackson-annotations 2.21 or newer"), m);
    assertTrue(m.contains("the classpath has version 2.17.2"), m);
    assertTrue(m.contains("dependencyManagement"), m);
  }
}
