package dev.kamkit.benchmarks;

import dev.kamkit.benchmarks.plain.PlainAccount;
import dev.kamkit.json.KamJson;
import dev.kamkit.json.format.AccountDocument;
import dev.kamkit.model.KeyAccount;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    long bytes = documents.stream().mapToLong(d -> d.length).sum();
    // warm both readers first: class loading and Jackson's caches are not the portfolio's heap
    for (int i = 0; i < Math.min(5, documents.size()); i++) {
      kam.read(documents.get(i));
      plain.readValue(documents.get(i), PlainAccount.class);
    }
    long before = usedAfterGc();
    List<Object> kamLoaded = new ArrayList<>();
    documents.forEach(json -> kamLoaded.add(kam.read(json)));
    long kamHeap = usedAfterGc() - before;
    Reference.reachabilityFence(kamLoaded);
    kamLoaded.clear();
    before = usedAfterGc();
    List<Object> plainLoaded = new ArrayList<>();
    documents.forEach(json -> plainLoaded.add(plain.readValue(json, PlainAccount.class)));
    long plainHeap = usedAfterGc() - before;
    Reference.reachabilityFence(plainLoaded);
    System.out.printf(
        Locale.ROOT,
        "accounts=%d jsonBytes=%d kamJsonHeap=%d plainJacksonHeap=%d ratio=%.2f%n",
        accounts,
        bytes,
        kamHeap,
        plainHeap,
        (double) kamHeap / plainHeap);
  }

  /** Heap in use once the collector has run to a standstill; run with -XX:+UseSerialGC. */
  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }
}
