package host.boot;

import dev.kamkit.json.KamJson;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.rules.evaluation.AccountEvaluation;
import dev.kamkit.rules.evaluation.Kamkit;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The sample portfolio's accounts, evaluated as of the day the sample describes. */
@RestController
@RequestMapping("/accounts")
class AccountController {
  /** kamkit never reads the clock: the host says which day it judges. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 2);

  private final Kamkit kamkit = Kamkit.withDefaults();
  private final Map<AccountId, KeyAccount> accounts;

  AccountController(@Value("${kamkit.sample}") Path sample) throws IOException {
    try (Reader in = Files.newBufferedReader(sample)) {
      accounts =
          KamJson.defaults().readPortfolio(in).portfolio().accounts().stream()
              .collect(Collectors.toMap(a -> a.account().id(), Function.identity()));
    }
  }

  /** The account's evaluation, written as a results document of its one account. */
  @GetMapping("/{id}/evaluation")
  AccountEvaluation evaluation(@PathVariable AccountId id) {
    return kamkit.evaluate(account(id), AS_OF);
  }

  /** The account's largest single whitespace opportunity, written as a money object. */
  @GetMapping("/{id}/potential")
  Money potential(@PathVariable AccountId id) {
    return account(id).whitespace().stream()
        .flatMap(cell -> cell.estimatedValue().stream())
        .max(Comparator.naturalOrder())
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no potential"));
  }

  /** Evaluates the account document in the body; a bad one fails with KamJsonException. */
  @PostMapping("/evaluate")
  AccountEvaluation evaluate(@RequestBody KeyAccount account) {
    return kamkit.evaluate(account, AS_OF);
  }

  private KeyAccount account(AccountId id) {
    KeyAccount account = accounts.get(id);
    if (account == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no account " + id);
    }
    return account;
  }
}
