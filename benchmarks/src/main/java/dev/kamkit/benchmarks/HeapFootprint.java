package dev.kamkit.benchmarks;

import dev.kamkit.benchmarks.plain.PlainAccount;
import dev.kamkit.json.KamJson;
import dev.kamkit.json.format.AccountDocument;
import dev.kamkit.model.KeyAccount;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;
import tools.jackson.databind.json.JsonMapper;

/**
 * The memory target: the retained heap of a loaded portfolio read by kam-json, against the same
 * account documents bound by plain Jackson into {@link PlainAccount}. Both read the very same
 * bytes; JOL walks each object graph and adds up its sizes. Run it with {@code java -cp
 * benchmarks/target/benchmarks.jar dev.kamkit.benchmarks.HeapFootprint [accounts]}.
 */
public final class HeapFootprint {
  private HeapFootprint() {}

  /** Prints one line per loader and their ratio. */
  public static void main(String[] args) {
    int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    KamJson kam = KamJson.defaults();
    JsonMapper plain = JsonBenchmark.plainMapper();
    List<byte[]> documents = new ArrayList<>();
    for (KeyAccount a : SyntheticPortfolios.portfolio(accounts).accounts()) {
      documents.add(kam.write(AccountDocument.of(a)).getBytes(StandardCharsets.UTF_8));
    }
    List<Object> kamLoaded = new ArrayList<>();
    List<Object> plainLoaded = new ArrayList<>();
    long bytes = 0;
    for (byte[] json : documents) {
      bytes += json.length;
      kamLoaded.add(kam.read(json));
      plainLoaded.add(plain.readValue(json, PlainAccount.class));
    }
    long kamHeap = GraphLayout.parseInstance(kamLoaded).totalSize();
    long plainHeap = GraphLayout.parseInstance(plainLoaded).totalSize();
    System.out.printf(
        Locale.ROOT,
        "accounts=%d jsonBytes=%d kamJsonHeap=%d plainJacksonHeap=%d ratio=%.2f%n",
        accounts,
        bytes,
        kamHeap,
        plainHeap,
        (double) kamHeap / plainHeap);
  }
}
