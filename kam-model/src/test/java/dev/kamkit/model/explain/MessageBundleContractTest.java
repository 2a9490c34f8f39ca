package dev.kamkit.model.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.explain.broken.BrokenCode;
import dev.kamkit.model.explain.sample.SampleCode;
import dev.kamkit.model.testing.MessageBundleContract;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessageBundleContractTest {

  @Test
  void aCompleteConsistentBundlePasses() {
    MessageBundleContract.check(List.of(SampleCode.values()), List.of(SampleCode.Role.class));
  }

  @Test
  void everyBrokenRuleIsReportedAtOnce() {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                MessageBundleContract.check(
                    List.of(BrokenCode.values()), List.of(BrokenCode.Colour.class)));
    List<String> lines = Arrays.asList(e.getMessage().split("\n\\s*"));
    assertEquals(
        new TreeSet<>(
            List.of(
                "16 message bundle problems:",
                "Broken_Code: not dotted lower-case words",
                "broken.fine: declared twice",
                "broken.missing-in-german: missing from dev.kamkit.model.explain.broken.messages"
                    + " (German)",
                "broken.lone-apostrophe (English): a lone apostrophe; MessageFormat needs '' for"
                    + " one",
                "broken.other-args (German): names [name] where English names [count, name]",
                "broken.unknown-arg (English): names {other}, which is not a parameter [name:TEXT]",
                "broken.unknown-arg (German): names {other}, which is not a parameter [name:TEXT]",
                "broken.unknown-arg (French): names {other}, which is not a parameter [name:TEXT]",
                "broken.english-left (French): the same as the English",
                "broken.unworded: missing from dev.kamkit.model.explain.broken.messages (English)",
                "broken.unworded: missing from dev.kamkit.model.explain.broken.messages (German)",
                "broken.unworded: missing from dev.kamkit.model.explain.broken.messages (French)",
                "Colour.UNNAMED: missing from dev.kamkit.model.explain.broken.messages (English)",
                "Colour.UNNAMED: missing from dev.kamkit.model.explain.broken.messages (German)",
                "Colour.UNNAMED: missing from dev.kamkit.model.explain.broken.messages (French)",
                "dev.kamkit.model.explain.broken.messages (English): stale.key is neither a code"
                    + " nor a constant")),
        new TreeSet<>(lines));
  }
}
