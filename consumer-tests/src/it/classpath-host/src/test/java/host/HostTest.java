package host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.json.KamJson;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.rules.evaluation.AccountEvaluation;
import dev.kamkit.rules.evaluation.Kamkit;
import dev.kamkit.rules.evaluation.PortfolioEvaluation;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 2);

  @Test
  void readsTheSampleAndEvaluatesItWithOneCall() throws Exception {
    Portfolio portfolio;
    try (Reader in = Files.newBufferedReader(Path.of(System.getProperty("kamkit.sample")))) {
      portfolio = KamJson.defaults().readPortfolio(in).portfolio();
    }
    // the API hands out java.util collections
    List<KeyAccount> accounts = portfolio.accounts();
    assertFalse(accounts.isEmpty());
    PortfolioEvaluation evaluation = Kamkit.withDefaults().evaluate(portfolio, AS_OF);
    assertEquals(accounts.size(), evaluation.accounts().size());
    for (AccountEvaluation e : evaluation.accounts()) {
      assertEquals(AS_OF, e.asOf());
      assertFalse(e.explain().isBlank());
    }
  }

  @Test
  void guavaIsNotOnTheHostsClasspath() {
    assertThrows(
        ClassNotFoundException.class, () -> Class.forName("com.google.common.collect.ImmutableList"));
  }
}
