package dev.kamkit.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the golden documents under {@code src/test/resources/dev/kamkit/json/golden}. */
final class Golden {
  private Golden() {}

  static String read(String name) {
    try (InputStream in = Golden.class.getResourceAsStream("golden/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no golden file " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
