package host.modular;

import dev.kamkit.json.KamJson;
import dev.kamkit.json.KamkitModule;
import dev.kamkit.json.format.ResultsDocument;
import dev.kamkit.model.Portfolio;
import dev.kamkit.rules.evaluation.AccountEvaluation;
import dev.kamkit.rules.evaluation.Kamkit;
import dev.kamkit.rules.evaluation.PortfolioEvaluation;
import java.io.IOException;
import java.io.Reader;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the sample portfolio, evaluates it, renders the result in German and writes the results
 * document, all on the module path. Exits with status 1, saying why, when anything is wrong.
 */
public final class Main {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 2);

  private Main() {}

  public static void main(String[] args) throws IOException {
    check(Main.class.getModule().isNamed(), "the host does not run as a named module");
    for (String name : new String[] {"dev.kamkit.model", "dev.kamkit.scoring", "dev.kamkit.rules",
        "dev.kamkit.json"}) {
      Optional<Module> module = ModuleLayer.boot().findModule(name);
      check(module.isPresent(), name + " is not in the boot layer");
      ModuleDescriptor descriptor = module.orElseThrow().getDescriptor();
      check(!descriptor.isAutomatic(), name + " is an automatic module, not an explicit one");
    }
    Module json = KamkitModule.class.getModule();
    check(!json.isExported("dev.kamkit.json.deser"), "kam-json exports its deserializers");

    Portfolio portfolio;
    try (Reader in = Files.newBufferedReader(Path.of(args[0]))) {
      portfolio = KamJson.defaults().readPortfolio(in).portfolio();
    }
    PortfolioEvaluation evaluation = Kamkit.withDefaults().evaluate(portfolio, AS_OF);
    check(evaluation.accounts().size() == portfolio.accounts().size(), "accounts were lost");
    // Message bundles live in each kamkit module; rendering must find them across modules.
    for (AccountEvaluation account : evaluation.accounts()) {
      String german = account.explain(Locale.GERMAN);
      check(!german.isBlank() && !german.equals(account.explain(Locale.ENGLISH)),
          "no German rendering for " + account.account());
    }
    String results = KamJson.defaults().write(ResultsDocument.of(evaluation));
    check(results.contains("\"asOf\""), "the results document has no asOf");

    // Jackson finds the module through the service kam-json provides, as a host's mapper would.
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    boolean found = false;
    for (JacksonModule module : mapper.registeredModules()) {
      found |= module instanceof KamkitModule;
    }
    check(found, "findAndAddModules() does not find KamkitModule");
    check(mapper.readValue(results, ResultsDocument.class).accounts().size()
        == evaluation.accounts().size(), "the results document does not read back");
    System.out.println("module-path host: " + evaluation.accounts().size()
        + " accounts evaluated, rendered and written on the module path");
  }

  private static void check(boolean condition, String failure) {
    if (!condition) {
      System.err.println("module-path host: " + failure);
      System.exit(1);
    }
  }
}
