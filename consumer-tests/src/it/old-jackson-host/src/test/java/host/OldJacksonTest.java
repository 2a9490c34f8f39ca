package host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kamkit.json.KamJson;
import dev.kamkit.json.KamkitModule;
import dev.kamkit.model.id.AccountId;
import org.junit.jupiter.api.Test;

class OldJacksonTest {

  @Test
  void theOldJacksonAnnotationsWinTheBuild() {
    assertEquals("2.17.2", JsonProperty.class.getPackage().getImplementationVersion());
  }

  @Test
  void kamJsonSaysWhatToChangeInsteadOfFailingInsideJackson() {
    for (Runnable use : new Runnable[] {KamJson::defaults, KamkitModule::new}) {
      IllegalStateException e = assertThrows(IllegalStateException.class, use::run);
      assertTrue(
          e.getMessage().contains("com.fasterxml.jackson.core:jackson-annotations 2.21 or newer"),
          e.getMessage());
      assertTrue(e.getMessage().contains("the classpath has version 2.17.2"), e.getMessage());
    }
  }

  @Test
  void theRestOfKamkitWorksWithoutJackson() {
    assertEquals("a-1", AccountId.of("a-1").value());
  }
}
