package dev.kamkit.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kamkit.benchmarks.SyntheticPortfolios.Shape;
import dev.kamkit.benchmarks.plain.PlainAccount;
import dev.kamkit.json.KamJson;
import dev.kamkit.json.format.AccountDocument;
import dev.kamkit.json.format.KamDocument;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * kam-json reading (with every model invariant and reference check) and writing an account
 * document, against plain Jackson binding the very same bytes into {@link PlainAccount} and writing
 * it back: the floor for any Jackson-based reader and writer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {
  /** The account's shape. */
  @Param({"TYPICAL", "IDN"})
  public String shape = "TYPICAL";

  private final KamJson kam = KamJson.defaults();

  /** Plain Jackson: unknown properties fail, so the baseline provably binds every field. */
  private final JsonMapper plain = plainMapper();

  private byte[] bytes = new byte[0];
  private AccountDocument document = AccountDocument.of(SyntheticPortfolios.clinic());
  private PlainAccount plainAccount = new PlainAccount();

  /**
   * The mapper of the plain baseline: strict on read; on write indented and without nulls, as
   * kam-json writes by default, so both sides write about the same bytes.
   */
  public static JsonMapper plainMapper() {
    return JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
        .build();
  }

  /** Writes the account once per trial; both sides then read the same bytes. */
  @Setup
  public void setUp() {
    document = AccountDocument.of(SyntheticPortfolios.account(Shape.valueOf(shape)));
    bytes = kam.write(document).getBytes(StandardCharsets.UTF_8);
    plainAccount = plain.readValue(bytes, PlainAccount.class);
  }

  /** kam-json: parse, build the immutable model, run every invariant and reference check. */
  @Benchmark
  public KamDocument kamJsonRead() {
    return kam.read(bytes);
  }

  /** Plain Jackson binding of the same bytes into mutable classes. */
  @Benchmark
  public PlainAccount jacksonRead() {
    return plain.readValue(bytes, PlainAccount.class);
  }

  /** kam-json writing the account document. */
  @Benchmark
  public byte[] kamJsonWrite() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
    kam.write(document, out);
    return out.toByteArray();
  }

  /** Plain Jackson writing the bound classes. */
  @Benchmark
  public byte[] jacksonWrite() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
    plain.writeValue(out, plainAccount);
    return out.toByteArray();
  }
}
